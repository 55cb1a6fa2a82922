package app.atelier.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The languages Atelier speaks, French first: the first one is the default. */
public enum Language {
    FRENCH("fr"),
    ENGLISH("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639 code, as stored and as written into {@code <html lang>}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.of(code);
    }

    /** The i18n key of this language's name, written in the language itself. */
    public String labelKey() {
        return switch (this) {
            case FRENCH -> "language.fr";
            case ENGLISH -> "language.en";
        };
    }

    public static Language defaultLanguage() {
        return FRENCH;
    }

    /** The language for a locale, or the default one for a language we do not speak. */
    public static Language of(Locale locale) {
        return Arrays.stream(values())
                .filter(language -> language.code.equals(locale.getLanguage()))
                .findFirst()
                .orElse(defaultLanguage());
    }

    public static Language fromCode(String code) {
        return Arrays.stream(values())
                .filter(language -> language.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown language code: " + code));
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }
}
