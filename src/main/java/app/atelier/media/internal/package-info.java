/** The media module's insides: persistence, image import, URL fetching, conforming, HTTP serving. */
@NullMarked
package app.atelier.media.internal;

import org.jspecify.annotations.NullMarked;
