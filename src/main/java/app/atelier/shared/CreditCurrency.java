package app.atelier.shared;

/** The two kinds of credit a member spends: videos and photos (exterior renderings) are counted apart. */
public enum CreditCurrency {
    VIDEO,
    PHOTO;

    /** i18n key of the currency's name with a count ("{0} crédits vidéo"). */
    public String labelKey() {
        return switch (this) {
            case VIDEO -> "credits.currency.video";
            case PHOTO -> "credits.currency.photo";
        };
    }
}
