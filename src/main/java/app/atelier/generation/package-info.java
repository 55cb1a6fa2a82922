/** Projects, generations and their lifecycle; for now only the gallery and the wizard's place. */
@NullMarked
package app.atelier.generation;

import org.jspecify.annotations.NullMarked;
