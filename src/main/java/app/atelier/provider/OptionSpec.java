package app.atelier.provider;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * One option a provider takes, as the wizard offers it and as a request is checked against it.
 *
 * @param key          the option's name in a request (and in i18n keys: {@code option.<key>})
 * @param values       the allowed values of a {@link Type#CHOICE}
 * @param defaultValue used when the member chooses nothing
 * @param maxLength    the longest {@link Type#TEXT} accepted
 */
public record OptionSpec(String key, Type type, List<String> values, @Nullable String defaultValue, boolean required,
                         int maxLength) {

    public enum Type { CHOICE, TEXT, FLAG }

    public static OptionSpec choice(String key, List<String> values, String defaultValue) {
        return new OptionSpec(key, Type.CHOICE, List.copyOf(values), defaultValue, true, 0);
    }

    public static OptionSpec text(String key, boolean required, int maxLength) {
        return new OptionSpec(key, Type.TEXT, List.of(), null, required, maxLength);
    }

    public static OptionSpec flag(String key, boolean defaultValue) {
        return new OptionSpec(key, Type.FLAG, List.of("true", "false"), Boolean.toString(defaultValue), false, 0);
    }

    /** The i18n key of what is wrong with {@code value}, if anything. */
    public Optional<String> problem(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return required && defaultValue == null ? Optional.of("option.error.required") : Optional.empty();
        }
        return switch (type) {
            case CHOICE, FLAG -> values.contains(value) ? Optional.empty() : Optional.of("option.error.not-offered");
            case TEXT -> value.length() > maxLength ? Optional.of("option.error.too-long") : Optional.empty();
        };
    }
}
