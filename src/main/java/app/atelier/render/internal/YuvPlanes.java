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

    /** Converts packed 8-bit blue, green, red pixels (a decoded video frame), {@code stride} bytes a row. */
    public static YuvPlanes fromBgr(java.nio.ByteBuffer bgr, int stride, int width, int height) {
        int[] rgb = new int[width * height];
        for (int row = 0; row < height; row++) {
            int at = row * stride;
            for (int column = 0; column < width; column++) {
                int p = at + column * 3;
                rgb[row * width + column] = (bgr.get(p + 2) & 0xFF) << 16 | (bgr.get(p + 1) & 0xFF) << 8 | bgr.get(p) & 0xFF;
            }
        }
        return fromRgb(rgb, width, height);
    }

    /**
     * A decoded video frame's planes as FFmpeg hands them in {@code yuv420p}: Y, then U, then V, packed
     * one after the other (the buffer's limit may stop at the end of Y); even sides only.
     */
    public static YuvPlanes fromI420(java.nio.ByteBuffer packed, int width, int height) {
        var planes = new YuvPlanes(width, height);
        var all = packed.duplicate().limit(packed.capacity());
        all.get(0, planes.y).get(planes.y.length, planes.u).get(planes.y.length + planes.u.length, planes.v);
        return planes;
    }

    /** A frame's planes (Y, then U, then V, as a sampler makes them) to sample from in turn; even sides only. */
    public static YuvPlanes ofFrame(byte[] frame, int width, int height) {
        var planes = new YuvPlanes(width, height);
        System.arraycopy(frame, 0, planes.y, 0, planes.y.length);
        System.arraycopy(frame, planes.y.length, planes.u, 0, planes.u.length);
        System.arraycopy(frame, planes.y.length + planes.u.length, planes.v, 0, planes.v.length);
        return planes;
    }

    /** The planes one after the other (Y, U, V), as an encoder takes a frame. */
    public byte[] toFrame() {
        byte[] frame = new byte[y.length + u.length + v.length];
        System.arraycopy(y, 0, frame, 0, y.length);
        System.arraycopy(u, 0, frame, y.length, u.length);
        System.arraycopy(v, 0, frame, y.length + u.length, v.length);
        return frame;
    }

    /** Blurs every plane in place: a box of {@code radius} across, then down, three times (close to a Gaussian). */
    public void blur(int radius) {
        for (int pass = 0; pass < 3; pass++) {
            box(y, width, height, radius);
            box(u, chromaWidth, chromaHeight, radius);
            box(v, chromaWidth, chromaHeight, radius);
        }
    }

    private static void box(byte[] plane, int width, int height, int radius) {
        int[] line = new int[Math.max(width, height)];
        for (int row = 0; row < height; row++) {
            for (int x = 0; x < width; x++) {
                line[x] = plane[row * width + x] & 0xFF;
            }
            for (int x = 0; x < width; x++) {
                plane[row * width + x] = (byte) average(line, width, x, radius);
            }
        }
        for (int column = 0; column < width; column++) {
            for (int y = 0; y < height; y++) {
                line[y] = plane[y * width + column] & 0xFF;
            }
            for (int y = 0; y < height; y++) {
                plane[y * width + column] = (byte) average(line, height, y, radius);
            }
        }
    }

    private static int average(int[] line, int length, int at, int radius) {
        int sum = 0;
        for (int d = -radius; d <= radius; d++) {
            sum += line[Math.max(0, Math.min(length - 1, at + d))];
        }
        return sum / (2 * radius + 1);
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
