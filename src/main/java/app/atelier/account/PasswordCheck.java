package app.atelier.account;

import app.atelier.shared.Language;
import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * How strong a proposed password is.
 *
 * @param score   0 (guessed at once) to 4 (very hard to guess), as zxcvbn rates it
 * @param problem why it is refused, or {@code null} when it is acceptable
 * @param advice  one sentence saying how to make it stronger, per language (may be empty)
 */
public record PasswordCheck(int score, @Nullable Problem problem, Map<Language, String> advice) {

    public enum Problem {
        TOO_SHORT("password.error.too-short"),
        TOO_LONG("password.error.too-long"),
        TOO_GUESSABLE("password.error.too-guessable");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public boolean acceptable() {
        return problem == null;
    }

    public String advice(Language language) {
        return advice.getOrDefault(language, "");
    }
}
