package app.atelier.management;

/** How usage is grouped over time, and how far back it goes. */
public enum UsagePeriod {
    /** The last 30 days, day by day. */
    DAY(30),
    /** The last 12 weeks (Monday to Sunday). */
    WEEK(12),
    /** The last 12 months. */
    MONTH(12);

    private final int buckets;

    UsagePeriod(int buckets) {
        this.buckets = buckets;
    }

    public int buckets() {
        return buckets;
    }

    public String labelKey() {
        return switch (this) {
            case DAY -> "usage.period.day";
            case WEEK -> "usage.period.week";
            case MONTH -> "usage.period.month";
        };
    }
}
