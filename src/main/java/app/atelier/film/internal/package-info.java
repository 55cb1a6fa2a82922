/** The film's storage and the provider that makes a film from its storyboard with the render engine. */
@NullMarked
package app.atelier.film.internal;

import org.jspecify.annotations.NullMarked;
