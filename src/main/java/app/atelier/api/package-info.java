/**
 * The REST API: IA Créa's own endpoints and bodies answered by Atelier's pipeline (a script moves over
 * by changing its base URL and key), Atelier's own {@code /api/v1} endpoints documented with OpenAPI,
 * authentication by personal API key with a rate limit per key, and the webhooks Atelier calls back
 * when a generation asked for through the API ends (signed, retried, public addresses only).
 */
@NullMarked
package app.atelier.api;

import org.jspecify.annotations.NullMarked;
