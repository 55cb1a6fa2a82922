@NullMarked
package app.atelier.api.internal;

import org.jspecify.annotations.NullMarked;
