/** Projects and the photos in them; generations and their lifecycle (the wizard is still to come). */
@NullMarked
package app.atelier.generation;

import org.jspecify.annotations.NullMarked;
