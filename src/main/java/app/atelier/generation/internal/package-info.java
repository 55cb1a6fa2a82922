/**
 * The rest of the generation module's workings: queueing a checked request, removing generations,
 * their results, reviews and search text, and what a project's deletion asks of them.
 */
@NullMarked
package app.atelier.generation.internal;

import org.jspecify.annotations.NullMarked;
