/** The labelled copies of results (the AI mention drawn on them), kept so that a second download is not drawn again. */
@NullMarked
package app.atelier.sharing.internal;

import org.jspecify.annotations.NullMarked;
