package app.atelier.render.internal;

import java.awt.image.BufferedImage;

/**
 * A transparent picture (a caption, a mention) made ready to lay over frames at its place, as luma,
 * chroma and opacity: laying it costs the size of what it draws, not of the frame.
 */
public final class OverlayPlanes {

    private final int frameWidth;
    private final int frameHeight;
    private final int left;
    private final int top;
    private final int width;
    private final int height;
    private final byte[] luma;
    private final short[] lumaAlpha;
    private final byte[] blue;
    private final byte[] red;
    private final short[] chromaAlpha;

    /**
     * @param picture what is drawn, transparent where it does not draw, with its top left corner at
     *                ({@code left}, {@code top}) of a frame of {@code frameWidth} by {@code frameHeight}
     *                (even, as is the picture's place; what falls outside the frame is left out)
     */
    public OverlayPlanes(BufferedImage picture, int left, int top, int frameWidth, int frameHeight) {
        this.frameWidth = frameWidth;
        this.frameHeight = frameHeight;
        this.left = Math.max(0, left) & ~1;
        this.top = Math.max(0, top) & ~1;
        this.width = Math.max(0, Math.min(frameWidth - this.left, picture.getWidth()) & ~1);
        this.height = Math.max(0, Math.min(frameHeight - this.top, picture.getHeight()) & ~1);
        int[] argb = width == 0 || height == 0 ? new int[0] : picture.getRGB(0, 0, width, height, null, 0, width);
        luma = new byte[width * height];
        lumaAlpha = new short[width * height];
        blue = new byte[width / 2 * (height / 2)];
        red = new byte[width / 2 * (height / 2)];
        chromaAlpha = new short[width / 2 * (height / 2)];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int c = argb[y * width + x];
                luma[y * width + x] = (byte) YuvPlanes.luma((c >> 16) & 255, (c >> 8) & 255, c & 255);
                lumaAlpha[y * width + x] = (short) opacity(c);
            }
        }
        for (int y = 0; y < height / 2; y++) {
            for (int x = 0; x < width / 2; x++) {
                double r = 0;
                double g = 0;
                double b = 0;
                int alpha = 0;
                for (int d = 0; d < 4; d++) {
                    int c = argb[(2 * y + d / 2) * width + 2 * x + d % 2];
                    int a = opacity(c);
                    alpha += a;
                    r += a * ((c >> 16) & 255);
                    g += a * ((c >> 8) & 255);
                    b += a * (c & 255);
                }
                int i = y * (width / 2) + x;
                chromaAlpha[i] = (short) (alpha / 4);
                if (alpha > 0) {
                    blue[i] = (byte) YuvPlanes.chromaBlue(r / alpha, g / alpha, b / alpha);
                    red[i] = (byte) YuvPlanes.chromaRed(r / alpha, g / alpha, b / alpha);
                }
            }
        }
    }

    /** 0 to 256. */
    private static int opacity(int argb) {
        int a = argb >>> 24;
        return a + (a >> 7);
    }

    /** Lays the picture over {@code frame} at {@code strength} 256ths of its opacity (a fade in or out). */
    public void over(byte[] frame, int strength) {
        if (width == 0 || strength <= 0) {
            return;
        }
        for (int y = 0; y < height; y++) {
            int row = (top + y) * frameWidth + left;
            for (int x = 0; x < width; x++) {
                int a = lumaAlpha[y * width + x] * strength >> 8;
                if (a > 0) {
                    int p = row + x;
                    frame[p] = (byte) (((256 - a) * (frame[p] & 0xFF) + a * (luma[y * width + x] & 0xFF) + 128) >> 8);
                }
            }
        }
        int chromaWidth = frameWidth / 2;
        int uStart = frameWidth * frameHeight;
        int vStart = uStart + chromaWidth * (frameHeight / 2);
        for (int y = 0; y < height / 2; y++) {
            int row = (top / 2 + y) * chromaWidth + left / 2;
            for (int x = 0; x < width / 2; x++) {
                int i = y * (width / 2) + x;
                int a = chromaAlpha[i] * strength >> 8;
                if (a > 0) {
                    int u = uStart + row + x;
                    int v = vStart + row + x;
                    frame[u] = (byte) (((256 - a) * (frame[u] & 0xFF) + a * (blue[i] & 0xFF) + 128) >> 8);
                    frame[v] = (byte) (((256 - a) * (frame[v] & 0xFF) + a * (red[i] & 0xFF) + 128) >> 8);
                }
            }
        }
    }
}
