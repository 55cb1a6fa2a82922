package app.atelier.account;

/** The fields of first-run setup that a refusal can point at. */
public enum SetupField {
    TEAM_NAME,
    DISPLAY_NAME,
    EMAIL,
    PASSWORD
}
