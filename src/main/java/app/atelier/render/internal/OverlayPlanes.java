package app.atelier.render.internal;

import java.awt.image.BufferedImage;

/**
 * A transparent picture at a frame's size (a caption, a mention) made ready to lay over frames: only
 * the rectangle where it draws is kept, as luma, chroma and opacity, so that laying it costs the
 * size of what it draws, not of the frame.
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

    /** @param picture a picture of the frame's size, transparent where it does not draw */
    public OverlayPlanes(BufferedImage picture) {
        frameWidth = picture.getWidth();
        frameHeight = picture.getHeight();
        int minX = frameWidth;
        int minY = frameHeight;
        int maxX = -1;
        int maxY = -1;
        int[] argb = picture.getRGB(0, 0, frameWidth, frameHeight, null, 0, frameWidth);
        for (int y = 0; y < frameHeight; y++) {
            for (int x = 0; x < frameWidth; x++) {
                if (argb[y * frameWidth + x] >>> 24 != 0) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) {
            left = 0;
            top = 0;
            width = 0;
            height = 0;
        } else {
            // whole 2x2 blocks, so that chroma lines up
            left = minX & ~1;
            top = minY & ~1;
            width = Math.min(frameWidth - left, (maxX - left + 2) & ~1);
            height = Math.min(frameHeight - top, (maxY - top + 2) & ~1);
        }
        luma = new byte[width * height];
        lumaAlpha = new short[width * height];
        blue = new byte[width / 2 * (height / 2)];
        red = new byte[width / 2 * (height / 2)];
        chromaAlpha = new short[width / 2 * (height / 2)];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int c = argb[(top + y) * frameWidth + left + x];
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
                    int c = argb[(top + 2 * y + d / 2) * frameWidth + left + 2 * x + d % 2];
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
