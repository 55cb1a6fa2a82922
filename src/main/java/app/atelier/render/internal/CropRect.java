package app.atelier.render.internal;

/** The part of the photo one frame shows, in photo pixels, with sub-pixel precision. */
public record CropRect(double x, double y, double width, double height) {

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public CropRect scaled(double factorX, double factorY) {
        return new CropRect(x * factorX, y * factorY, width * factorX, height * factorY);
    }

    /** Where a point of the photo lands in a frame of the given size. */
    public double[] project(double photoX, double photoY, int frameWidth, int frameHeight) {
        return new double[]{(photoX - x) / width * frameWidth, (photoY - y) / height * frameHeight};
    }
}
