/** The application shell: layout, navigation, theme, translations, and components shared by every feature's views. */
@NullMarked
package app.atelier.ui;

import org.jspecify.annotations.NullMarked;
