package app.atelier.account;

import java.time.Instant;

/**
 * A link made for someone (an invitation, a password reset), said once: only a hash of its secret is kept.
 *
 * @param path the address below the application's root ({@code join/<secret>}, {@code reset/<secret>})
 */
public record TeamLink(String path, Instant expiresAt) {
}
