/** Where files live: a folder under the data dir, or any S3-compatible object store. */
@NullMarked
package app.atelier.media.storage;

import org.jspecify.annotations.NullMarked;
