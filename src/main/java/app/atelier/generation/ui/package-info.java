/** Views of the generation module. */
@NullMarked
package app.atelier.generation.ui;

import org.jspecify.annotations.NullMarked;
