package app.atelier.management;

/** What usage is split by. */
public enum UsageBreakdown {
    MEMBER,
    PROVIDER,
    KIND;

    public String labelKey() {
        return switch (this) {
            case MEMBER -> "usage.by.member";
            case PROVIDER -> "usage.by.provider";
            case KIND -> "usage.by.kind";
        };
    }
}
