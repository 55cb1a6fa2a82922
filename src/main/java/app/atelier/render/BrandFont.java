package app.atelier.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The typefaces a team's films may be set in, shipped with the application under the SIL Open Font
 * Licence 1.1 (each folder of {@code fonts/} holds its licence): read once, whatever fonts the
 * machine has.
 */
public enum BrandFont {
    MONTSERRAT("montserrat/Montserrat"),
    INTER("inter/Inter"),
    LORA("lora/Lora");

    private static final Map<BrandFont, Font[]> LOADED = new EnumMap<>(BrandFont.class);

    private final String path;

    BrandFont(String path) {
        this.path = path;
    }

    /** The regular weight at {@code size} pixels. */
    public Font regular(float size) {
        return faces()[0].deriveFont(size);
    }

    /** The bold weight at {@code size} pixels. */
    public Font bold(float size) {
        return faces()[1].deriveFont(size);
    }

    private Font[] faces() {
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(this, font -> new Font[]{load("_400Regular.ttf"), load("_700Bold.ttf")});
        }
    }

    private Font load(String suffix) {
        var resource = "/fonts/" + path + suffix;
        try (var in = BrandFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is not shipped");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The font " + resource + " cannot be read", e);
        }
    }
}
