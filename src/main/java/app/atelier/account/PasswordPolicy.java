package app.atelier.account;

import app.atelier.shared.Language;
import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Zxcvbn;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The strength rule for every password Atelier accepts: long enough, not too long for BCrypt, and
 * hard to guess as zxcvbn estimates it (dictionaries, keyboard patterns, dates, and the member's own
 * name, e-mail and team name count against it). No composition rules: length beats symbols.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** BCrypt reads only the first 72 bytes; longer passwords would be silently truncated. */
    public static final int MAX_BYTES = 72;
    /** zxcvbn's "safely unguessable" level: resists an offline attack on a slow hash. */
    public static final int MIN_SCORE = 3;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /**
     * @param personalWords words the attacker would try first (names, e-mail, team name)
     */
    public PasswordCheck check(String password, List<String> personalWords) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return new PasswordCheck(0, PasswordCheck.Problem.TOO_LONG, Map.of());
        }
        var strength = zxcvbn.measure(password, splitIntoWords(personalWords));
        var advice = advice(strength.getFeedback());
        strength.wipe();
        int score = strength.getScore();
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return new PasswordCheck(Math.min(score, MIN_SCORE - 1), PasswordCheck.Problem.TOO_SHORT, advice);
        }
        if (score < MIN_SCORE) {
            return new PasswordCheck(score, PasswordCheck.Problem.TOO_GUESSABLE, advice);
        }
        return new PasswordCheck(score, null, advice);
    }

    /**
     * "Agence du Port" and "claire@agence-du-port.fr" become agence, port, agenceduport, claire: each
     * word, each name written as one word, and an address's local part and domain taken apart.
     */
    static List<String> splitIntoWords(List<String> personalWords) {
        return personalWords.stream()
                .map(text -> text.toLowerCase(Locale.ROOT))
                .flatMap(text -> text.contains("@") ? Arrays.stream(text.split("@")) : Stream.of(text))
                .flatMap(name -> {
                    var words = Arrays.stream(name.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
                    return Stream.concat(words.stream(), Stream.of(String.join("", words)));
                })
                .filter(word -> word.length() >= 3)
                .distinct()
                .toList();
    }

    private static Map<Language, String> advice(Feedback feedback) {
        return Arrays.stream(Language.values()).collect(Collectors.toMap(Function.identity(), language -> {
            var warning = feedback.getWarning(language.locale());
            if (warning != null && !warning.isBlank()) {
                return warning;
            }
            return feedback.getSuggestions(language.locale()).stream().findFirst().orElse("");
        }, (a, b) -> a, () -> new EnumMap<>(Language.class)));
    }
}
