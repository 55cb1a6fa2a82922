package app.atelier.sandbox.internal;

import app.atelier.media.MediaLibrary;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Fetches what a vendor would fetch: the photo or mask behind one of our signed links, straight from
 * storage (the sandbox runs inside the application, so it needs no route from outside).
 */
@Component
class SandboxInputs {

    /** A fetched image: its size in pixels and bytes, its content type, and whether it has transparency. */
    record Image(int width, int height, long bytes, String contentType, boolean alpha) {
    }

    private final MediaLibrary media;

    SandboxInputs(MediaLibrary media) {
        this.media = media;
    }

    /** Copies the image at {@code url} to {@code target}; empty when the address leads nowhere or is not an image. */
    Optional<Image> fetch(String url, Path target) {
        URI link;
        try {
            link = URI.create(url);
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
        var type = media.copyLinked(link, target);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try {
            var image = ImageIO.read(target.toFile());
            if (image == null) {
                Files.deleteIfExists(target);
                return Optional.empty();
            }
            return Optional.of(new Image(image.getWidth(), image.getHeight(), Files.size(target), type.get(),
                    image.getColorModel().hasAlpha()));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
