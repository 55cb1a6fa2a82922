package app.atelier.shared;

import java.text.Normalizer;
import java.util.Locale;

/** How searched text and the words looked for are compared: lower case, accents removed ("Megève" is "megeve"). */
public final class TextFolding {

    private TextFolding() {
    }

    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
                .toLowerCase(Locale.ROOT);
    }

    /** At most {@code length} characters of the text (none of a missing one). */
    public static String cut(@org.jspecify.annotations.Nullable String text, int length) {
        return text == null ? "" : text.length() <= length ? text : text.substring(0, length);
    }
}
