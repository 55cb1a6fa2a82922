package app.atelier.management;

import java.time.LocalDate;
import java.util.List;

/**
 * Credits spent (settled generations) over time, one series per member, provider or kind.
 *
 * @param starts the first day of each bucket, oldest first
 * @param series one per member / provider / kind that spent anything, the largest first
 */
public record UsageReport(UsagePeriod period, UsageBreakdown by, List<LocalDate> starts, List<Series> series) {

    /**
     * @param key    the member's id, the provider's id, or the kind's name
     * @param label  the member's name, or an i18n key (provider, kind)
     * @param values credits spent in each bucket
     */
    public record Series(String key, String label, List<Integer> values) {

        public int total() {
            return values.stream().mapToInt(Integer::intValue).sum();
        }
    }

    public boolean empty() {
        return series.isEmpty();
    }
}
