package app.atelier.provider;

import app.atelier.media.ImageFormat;

import java.net.URI;
import java.util.UUID;

/**
 * A photo (or a mask) as the provider receives it, already conformed to its {@link Capabilities#input()}.
 * A vendor is given {@code link}, a signed address that expires; the local engine reads the file itself.
 */
public record InputImage(UUID asset, ImageFormat format, int width, int height, URI link) {
}
