/** The engine's insides: image decoding into YUV planes, sub-pixel sampling, the H.264 writer. */
@NullMarked
package app.atelier.render.internal;

import org.jspecify.annotations.NullMarked;
