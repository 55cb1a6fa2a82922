package app.atelier.film;

import app.atelier.render.BrandFont;
import org.jspecify.annotations.Nullable;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A team's look on its films: a typeface, a main colour (the cards' ground) and a second one (what
 * stands out), its logo, and the agent its closing cards show unless a film names another.
 *
 * @param mainColour   "#RRGGBB"
 * @param accentColour "#RRGGBB"
 */
public record BrandKit(BrandFont font, String mainColour, String accentColour, @Nullable UUID logo,
                       @Nullable String agentName, @Nullable String agentPhone, @Nullable String agentEmail,
                       @Nullable String agency) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** Atelier's own, until an admin sets the team's. */
    public static BrandKit standard() {
        return new BrandKit(BrandFont.MONTSERRAT, "#1F2A37", "#E9A48C", null, null, null, null, null);
    }

    public static boolean colour(@Nullable String value) {
        return value != null && COLOUR.matcher(value).matches();
    }

    public BrandKit withLogo(@Nullable UUID asset) {
        return new BrandKit(font, mainColour, accentColour, asset, agentName, agentPhone, agentEmail, agency);
    }
}
