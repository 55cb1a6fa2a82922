/**
 * The API's workings: key authentication and rate limits, the endpoints and their bodies, the
 * orchestration that leaves nothing behind on a refusal, and the webhook sender.
 */
@NullMarked
package app.atelier.api.internal;

import org.jspecify.annotations.NullMarked;
