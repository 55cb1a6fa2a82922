package app.atelier.provider;

import app.atelier.media.ImageFormat;

import java.util.UUID;

/**
 * A photo as the provider receives it, already conformed to its {@link Capabilities#input()}. A
 * vendor is given a signed link to {@code asset}; the local engine reads the file itself.
 */
public record InputImage(UUID asset, ImageFormat format, int width, int height) {
}
