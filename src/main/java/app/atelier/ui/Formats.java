package app.atelier.ui;

import com.vaadin.flow.component.UI;
import org.jspecify.annotations.Nullable;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers, sizes and dates as the member reads them: in their language, in their browser's time zone. */
public final class Formats {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    private Formats() {
    }

    /** "2,4 Mo" in French, "2.4 MB" in English (powers of 1024, like the limits). */
    public static String fileSize(long bytes, Locale locale, String[] units) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(unit == 0 || value >= 100 ? 0 : 1);
        return format.format(value) + "\u00a0" + units[unit];
    }

    /** "21 nov. 2026" in French, "Nov 21, 2026" in English. */
    public static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(instant.atZone(zone()));
    }

    /** "21 nov. 2026, 15:42" in French, "Nov 21, 2026, 3:42 PM" in English. */
    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone()));
    }

    /** "1 280 × 768" */
    public static String size(int width, int height, Locale locale) {
        var format = NumberFormat.getIntegerInstance(locale);
        return format.format(width) + " × " + format.format(height);
    }

    private static ZoneId zone() {
        return zone(UI.getCurrent());
    }

    /** The member's time zone, as their browser says it (the installation's default before it has). */
    public static ZoneId zone(@Nullable UI ui) {
        if (ui != null) {
            var details = ui.getPage().getExtendedClientDetails();
            if (details != null && details.getTimeZoneId() != null && !details.getTimeZoneId().isBlank()) {
                try {
                    return ZoneId.of(details.getTimeZoneId());
                } catch (RuntimeException unknownZone) {
                    return DEFAULT_ZONE;
                }
            }
        }
        return DEFAULT_ZONE;
    }
}
