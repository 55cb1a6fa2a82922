package app.atelier.account;

import java.util.Map;

/** What answering an invitation (name, password) or a reset link (password) came to. */
public sealed interface LinkAnswer {

    /** Done: the member can sign in with this address. */
    record Done(String email) implements LinkAnswer {
    }

    /** A field to put right, by {@link SetupField}: i18n keys of the problems; nothing was stored. */
    record Invalid(Map<SetupField, String> problems) implements LinkAnswer {
    }

    /** The link was used, withdrawn or expired (possibly meanwhile). */
    record Gone() implements LinkAnswer {
    }
}
