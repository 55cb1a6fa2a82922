/** The gallery's read model: projects and results found by words and filters, a page at a time. */
@NullMarked
package app.atelier.studio;

import org.jspecify.annotations.NullMarked;
