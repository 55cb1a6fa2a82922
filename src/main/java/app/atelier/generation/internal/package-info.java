/**
 * The workings of generations: the entity and its state changes (each in a transaction of its own,
 * with the credits it settles and the jobs it needs), the pipeline that takes a generation to its
 * vendor and back (durable jobs, lanes, polls, webhook intake, result copies), and its search text.
 */
@NullMarked
package app.atelier.generation.internal;

import org.jspecify.annotations.NullMarked;
