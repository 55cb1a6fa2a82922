package app.atelier.media;

import java.nio.file.Path;

/**
 * A photo fetched from an address and checked as an import is (format, pixel count, smallest side),
 * but not stored: {@link MediaLibrary#keep} stores it, {@link MediaLibrary#discard} lets it go.
 *
 * @param width  its width once upright (what it will have once kept)
 * @param height its height once upright
 */
public record StagedPhoto(Path file, String fileName, String sourceUrl, ImageFormat format, int width, int height) {
}
