/**
 * The API's workings: key authentication and rate limits, the endpoints and their bodies, the
 * translation of a script's request into ours (and of our refusals into its dialect), and the
 * webhook sender.
 */
@NullMarked
package app.atelier.api.internal;

import org.jspecify.annotations.NullMarked;
