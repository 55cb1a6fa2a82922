/** Persistence of the generation module: projects and the photos in them. */
@NullMarked
package app.atelier.generation.internal;

import org.jspecify.annotations.NullMarked;
