package app.atelier.notification;

/**
 * What a member chooses to get by e-mail.
 *
 * @param generationEnded a generation of theirs that took a while ended (off until they ask)
 * @param lowBalance      a member's or a vendor's balance ran low (admins only; on unless they say no)
 * @param webhookGivenUp  a webhook of one of their API keys was given up (on unless they say no)
 */
public record NotificationPreferences(boolean generationEnded, boolean lowBalance, boolean webhookGivenUp) {

    public static final NotificationPreferences DEFAULTS = new NotificationPreferences(false, true, true);
}
