/** Wan 2.5 image-to-video through Evolink. */
@NullMarked
package app.atelier.provider.evolink;

import org.jspecify.annotations.NullMarked;
