package app.atelier.render.internal;

/**
 * A photo decoded for a clip: its planes, and where they sit on the photo. Plane pixel {@code k}
 * covers the photo from {@code originX + k * photoPixelsPerPlanePixelX} onwards.
 */
public record DecodedPhoto(YuvPlanes planes, double originX, double originY, double photoPixelsPerPlanePixelX,
                           double photoPixelsPerPlanePixelY) {

    /** The same rectangle, in plane pixels. */
    public CropRect onPlanes(CropRect photoRect) {
        return new CropRect((photoRect.x() - originX) / photoPixelsPerPlanePixelX,
                (photoRect.y() - originY) / photoPixelsPerPlanePixelY,
                photoRect.width() / photoPixelsPerPlanePixelX, photoRect.height() / photoPixelsPerPlanePixelY);
    }
}
