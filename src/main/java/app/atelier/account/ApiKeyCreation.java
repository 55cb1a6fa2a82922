package app.atelier.account;

/** What asking for a new API key gave: the key, said this once, or why not. */
public sealed interface ApiKeyCreation {

    /** @param key the whole key: only its hash is kept */
    record Created(ApiKeySummary summary, String key) implements ApiKeyCreation {
    }

    /** @param problem an i18n key */
    record Invalid(String problem) implements ApiKeyCreation {
    }
}
