package app.atelier.account.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An e-mail address as we store and compare it: trimmed and lower-cased. */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    // Deliberately permissive: one @, no spaces, a dot in the domain. Deliverability is the inbox's job.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

    public static String normalize(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<EmailAddress> parse(String raw) {
        var normalized = normalize(raw);
        if (normalized.length() > MAX_LENGTH || !SHAPE.matcher(normalized).matches()) {
            return Optional.empty();
        }
        return Optional.of(new EmailAddress(normalized));
    }
}
