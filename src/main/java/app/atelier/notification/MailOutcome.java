package app.atelier.notification;

/** What became of an e-mail. */
public sealed interface MailOutcome {

    /** The SMTP server took it. */
    record Sent(String to) implements MailOutcome {
    }

    /** The SMTP server could not be reached or refused it; {@code reason} is the server's words, for admins. */
    record Failed(String to, String reason) implements MailOutcome {
    }

    /** No SMTP server is set up: nothing is sent. */
    record Off() implements MailOutcome {
    }
}
