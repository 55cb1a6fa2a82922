/** Atelier: listing photos turned into videos and exterior renderings, one module per capability. */
@NullMarked
package app.atelier;

import org.jspecify.annotations.NullMarked;
