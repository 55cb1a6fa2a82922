/**
 * The listing film: one video of a whole property made on the local engine from a storyboard of the
 * project's photos and videos, with the opening and closing cards a French property ad carries
 * ({@link app.atelier.film.Films}). A film made is a generation of kind FILM, so it lives in the
 * gallery, is reviewed, shared and downloaded like any other result.
 */
@NullMarked
package app.atelier.film;

import org.jspecify.annotations.NullMarked;
