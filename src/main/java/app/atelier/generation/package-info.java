/**
 * Generations: asking for them ({@link app.atelier.generation.GenerationRequests}: prepare, then
 * submit), following, cancelling and deleting them ({@link app.atelier.generation.Generations}),
 * reviews and comments on their results, and the events that show their changes live. Other modules
 * keep things about generations through {@link app.atelier.generation.GenerationHolder}.
 */
@NullMarked
package app.atelier.generation;

import org.jspecify.annotations.NullMarked;
