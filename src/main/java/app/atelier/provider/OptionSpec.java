package app.atelier.provider;

import app.atelier.shared.Ids;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * One option a provider takes, as the wizard offers it and as a request is checked against it.
 *
 * @param key          the option's name in a request
 * @param choices      the allowed values of a {@link Type#CHOICE}, with their i18n keys
 * @param defaultValue used when the member chooses nothing
 * @param maxLength    the longest {@link Type#TEXT} accepted
 * @param labelKey     i18n key of the field's label
 * @param helpKey      i18n key of a sentence under the field, if any
 * @param perPhoto     whether a request may give it a value of its own for each photo (a camera motion, a
 *                     description): such an option is never priced, so photos set their own way cost the same
 */
public record OptionSpec(String key, Type type, List<Choice> choices, @Nullable String defaultValue, boolean required,
                         int maxLength, String labelKey, @Nullable String helpKey, boolean perPhoto) {

    /**
     * IMAGE: one of our files (a mask, an end frame), by its id; the team's own, checked at submit.
     * POINT: a point of the photo as "x,y", shares of its width and height ("0.5,0.5" is its centre).
     */
    public enum Type { CHOICE, TEXT, FLAG, IMAGE, POINT }

    /** A POINT as written: two numbers from 0 to 1 with a dot for decimals, comma between. */
    private static final java.util.regex.Pattern POINT_TEXT = java.util.regex.Pattern.compile(
            "(0(\\.\\d{1,4})?|1(\\.0{1,4})?),(0(\\.\\d{1,4})?|1(\\.0{1,4})?)");

    /**
     * One allowed value.
     *
     * @param labelKey i18n key of what members read for it
     * @param hintKey  i18n key of a sentence that explains it, if any
     */
    public record Choice(String value, String labelKey, @Nullable String hintKey) {

        public Choice(String value, String labelKey) {
            this(value, labelKey, null);
        }
    }

    public OptionSpec {
        choices = List.copyOf(choices);
    }

    public static OptionSpec choice(String key, List<Choice> choices, @Nullable String defaultValue) {
        return new OptionSpec(key, Type.CHOICE, choices, defaultValue, true, 0, "", null, false);
    }

    public static OptionSpec text(String key, boolean required, int maxLength) {
        return new OptionSpec(key, Type.TEXT, List.of(), null, required, maxLength, "", null, false);
    }

    public static OptionSpec flag(String key, boolean defaultValue) {
        return new OptionSpec(key, Type.FLAG, List.of(new Choice("true", "option.flag.yes"), new Choice("false", "option.flag.no")),
                Boolean.toString(defaultValue), false, 0, "", null, false);
    }

    /** A point of the photo, {@code defaultValue} unless the member moves it. */
    public static OptionSpec point(String key, String defaultValue) {
        return new OptionSpec(key, Type.POINT, List.of(), defaultValue, false, 0, "", null, false);
    }

    /** A POINT's value as {x, y}, each from 0 to 1, if it is one. */
    public static Optional<double[]> pointOf(@Nullable String value) {
        if (value == null || !POINT_TEXT.matcher(value.strip()).matches()) {
            return Optional.empty();
        }
        var parts = value.strip().split(",");
        return Optional.of(new double[]{Double.parseDouble(parts[0]), Double.parseDouble(parts[1])});
    }

    public static OptionSpec image(String key, boolean required) {
        return new OptionSpec(key, Type.IMAGE, List.of(), null, required, 0, "", null, false);
    }

    /** The same option with the words members read for it. */
    public OptionSpec labelled(String label, @Nullable String help) {
        return new OptionSpec(key, type, choices, defaultValue, required, maxLength, label, help, perPhoto);
    }

    /** The same option, which each photo of a request may set its own way. */
    public OptionSpec eachPhoto() {
        return new OptionSpec(key, type, choices, defaultValue, required, maxLength, labelKey, helpKey, true);
    }

    public List<String> values() {
        return choices.stream().map(Choice::value).toList();
    }

    public Optional<Choice> choice(@Nullable String value) {
        return choices.stream().filter(choice -> choice.value().equals(value)).findFirst();
    }

    /** The i18n key of what is wrong with {@code value}, if anything. */
    public Optional<String> problem(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return required && defaultValue == null ? Optional.of("option.error.required") : Optional.empty();
        }
        return switch (type) {
            case CHOICE, FLAG -> choice(value).isPresent() ? Optional.empty() : Optional.of("option.error.not-offered");
            case TEXT -> value.length() > maxLength ? Optional.of("option.error.too-long") : Optional.empty();
            case IMAGE -> Ids.parse(value).isPresent() ? Optional.empty() : Optional.of("option.error.not-offered");
            case POINT -> pointOf(value).isPresent() ? Optional.empty() : Optional.of("option.error.point");
        };
    }
}
