package app.atelier.account;

import java.util.Map;
import java.util.UUID;

/** The outcomes of first-run setup, each of which the setup view shows differently. */
public sealed interface SetupResult {

    /** The team and its admin exist; the admin can sign in. */
    record Completed(UUID teamId, UUID adminId) implements SetupResult {
    }

    /** Setup had already been done (perhaps a moment ago, by someone else): nothing was stored. */
    record AlreadyCompleted() implements SetupResult {
    }

    /**
     * The database refused the write for a reason that is not a concurrent setup: nothing was stored.
     * The detail is in the log under {@code reference}.
     */
    record Failed(String reference, String cause) implements SetupResult {
    }

    /** Some fields are wrong: nothing was stored. Values are i18n keys of the messages to show. */
    record Invalid(Map<SetupField, String> problems) implements SetupResult {
    }
}
