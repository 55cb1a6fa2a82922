/** Stored files: photos and their thumbnails, storage backends, team-checked serving and signed links, conforming. */
@NullMarked
package app.atelier.media;

import org.jspecify.annotations.NullMarked;
