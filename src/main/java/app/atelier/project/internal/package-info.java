/** Persistence of projects and of the photos they hold, and their search text. */
@NullMarked
package app.atelier.project.internal;

import org.jspecify.annotations.NullMarked;
