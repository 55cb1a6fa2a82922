package app.atelier.account;

import app.atelier.shared.Language;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A link made for someone (an invitation, a password reset), said once: only a hash of its secret is
 * kept. It carries what an e-mail handing it over says.
 *
 * @param path       the address below the application's root ({@code join/<secret>}, {@code reset/<secret>})
 * @param invitation an invitation (else a password reset)
 * @param email      whom it is for
 * @param name       their name, when they are a member already (a reset)
 * @param language   the language to address them in
 * @param role       the role an invitation gives, or the member's
 * @param madeBy     the admin who made it
 */
public record TeamLink(String path, Instant expiresAt, boolean invitation, String email, @Nullable String name,
                       Language language, Role role, String teamName, String madeBy) {
}
