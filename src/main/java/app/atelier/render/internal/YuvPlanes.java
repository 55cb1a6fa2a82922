package app.atelier.render.internal;

/**
 * A picture as H.264 takes it: BT.709 limited-range luma at full size, chroma at half size in both
 * directions (4:2:0), each chroma sample the average of its 2x2 luma neighbourhood.
 */
public final class YuvPlanes {

    final int width;
    final int height;
    final int chromaWidth;
    final int chromaHeight;
    final byte[] y;
    final byte[] u;
    final byte[] v;

    private YuvPlanes(int width, int height) {
        this.width = width;
        this.height = height;
        this.chromaWidth = (width + 1) / 2;
        this.chromaHeight = (height + 1) / 2;
        this.y = new byte[width * height];
        this.u = new byte[chromaWidth * chromaHeight];
        this.v = new byte[chromaWidth * chromaHeight];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Converts packed 0xRRGGBB pixels. */
    public static YuvPlanes fromRgb(int[] rgb, int width, int height) {
        var planes = new YuvPlanes(width, height);
        for (int i = 0; i < width * height; i++) {
            int c = rgb[i];
            planes.y[i] = (byte) luma((c >> 16) & 255, (c >> 8) & 255, c & 255);
        }
        for (int cy = 0; cy < planes.chromaHeight; cy++) {
            for (int cx = 0; cx < planes.chromaWidth; cx++) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int dy = 0; dy < 2; dy++) {
                    int row = Math.min(height - 1, 2 * cy + dy) * width;
                    for (int dx = 0; dx < 2; dx++) {
                        int c = rgb[row + Math.min(width - 1, 2 * cx + dx)];
                        r += (c >> 16) & 255;
                        g += (c >> 8) & 255;
                        b += c & 255;
                    }
                }
                planes.u[cy * planes.chromaWidth + cx] = (byte) chromaBlue(r / 4.0, g / 4.0, b / 4.0);
                planes.v[cy * planes.chromaWidth + cx] = (byte) chromaRed(r / 4.0, g / 4.0, b / 4.0);
            }
        }
        return planes;
    }

    // BT.709, limited range: Y in [16, 235], Cb and Cr in [16, 240].
    static int luma(double r, double g, double b) {
        return clamp(16 + (0.2126 * r + 0.7152 * g + 0.0722 * b) * 219 / 255);
    }

    static int chromaBlue(double r, double g, double b) {
        return clamp(128 + (-0.2126 * r - 0.7152 * g + 0.9278 * b) / 1.8556 * 224 / 255);
    }

    static int chromaRed(double r, double g, double b) {
        return clamp(128 + (0.7874 * r - 0.7152 * g - 0.0722 * b) / 1.5748 * 224 / 255);
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
