package app.atelier.render;

import org.jspecify.annotations.Nullable;

import java.awt.Color;
import java.awt.image.BufferedImage;

/**
 * A team's look on its films: a typeface, a main colour (the cards' ground) and a second one (what
 * stands out), and its logo (transparency kept), if it has one.
 */
public record Brand(BrandFont font, Color main, Color accent, @Nullable BufferedImage logo) {

    /** Atelier's own, for a team that has not set its brand. */
    public static Brand standard() {
        return new Brand(BrandFont.MONTSERRAT, new Color(0x1F2A37), new Color(0xE9A48C), null);
    }
}
