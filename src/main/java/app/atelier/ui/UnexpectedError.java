package app.atelier.ui;

import app.atelier.shared.ErrorReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import java.sql.SQLException;

/**
 * A failure nobody planned for, as a member is told of it: a plain sentence in their language with a
 * short reference, never SQL or a class name. The detail goes to the log under that reference, where
 * an admin finds it.
 */
record UnexpectedError(String reference, boolean notSaved) {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedError.class);

    /** Logs {@code failure} under a new reference. */
    static UnexpectedError report(Throwable failure, String where) {
        var error = new UnexpectedError(ErrorReference.next(), fromTheDatabase(failure));
        log.error("Unexpected error {} [ref {}]", where, error.reference(), failure);
        return error;
    }

    /** What to say: a write the database refused, or anything else; admins are pointed to the log. */
    String messageKey(boolean admin) {
        if (notSaved) {
            return admin ? "error.not-saved.admin" : "error.not-saved";
        }
        return admin ? "error.unexpected.admin" : "error.unexpected";
    }

    private static boolean fromTheDatabase(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
