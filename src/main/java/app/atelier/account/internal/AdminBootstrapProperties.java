package app.atelier.account.internal;

import app.atelier.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin for unattended installs ({@code atelier.admin.*}, usually from the environment:
 * {@code ATELIER_ADMIN_EMAIL}, {@code ATELIER_ADMIN_PASSWORD}, {@code ATELIER_ADMIN_NAME},
 * {@code ATELIER_ADMIN_TEAMNAME}, {@code ATELIER_ADMIN_LANGUAGE}). Used only while setup has not happened.
 */
@ConfigurationProperties("atelier.admin")
public record AdminBootstrapProperties(@Nullable String email, @Nullable String password,
                                       @Nullable String name, @DefaultValue("Atelier") String teamName,
                                       @DefaultValue("FRENCH") Language language) {

    boolean requested() {
        return hasText(email) || hasText(password);
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
