@NullMarked
package app.atelier.api.ui;

import org.jspecify.annotations.NullMarked;
