package app.atelier.media;

import java.util.Optional;

/** The photo formats Atelier accepts, recognised by their content. */
public enum ImageFormat {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp"),
    BMP("image/bmp", "bmp");

    private final String mediaType;
    private final String extension;

    ImageFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format of a detected media type, if it is one we accept. */
    public static Optional<ImageFormat> ofMediaType(String mediaType) {
        return switch (mediaType) {
            case "image/jpeg", "image/pjpeg" -> Optional.of(JPEG);
            case "image/png" -> Optional.of(PNG);
            case "image/webp" -> Optional.of(WEBP);
            case "image/bmp", "image/x-bmp", "image/x-ms-bmp" -> Optional.of(BMP);
            default -> Optional.empty();
        };
    }
}
