package app.atelier.render.internal;

/**
 * Mixes frames of the same size, as the encoder takes them (Y, then U, then V, 4:2:0): the blend
 * of a transition, a colour to dip to, a picture pasted into a larger one.
 */
public final class FrameMixer {

    /** A weight of one, in 256ths. */
    public static final int ONE = 256;

    private FrameMixer() {
    }

    /** {@code out} = {@code a} with {@code weight} 256ths of {@code b} (0: all a, 256: all b). */
    public static void mix(byte[] a, byte[] b, int weight, byte[] out) {
        int own = ONE - weight;
        for (int p = 0; p < out.length; p++) {
            out[p] = (byte) ((own * (a[p] & 0xFF) + weight * (b[p] & 0xFF) + 128) >> 8);
        }
    }

    /** A frame of one colour (0xRRGGBB), to dip to. */
    public static byte[] plain(int rgb, int width, int height) {
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, rgb);
        return YuvPlanes.fromRgb(pixels, width, height).toFrame();
    }

    /** Copies a smaller frame into a larger one with its top left at ({@code left}, {@code top}), both even. */
    public static void paste(byte[] small, int smallWidth, int smallHeight, byte[] large, int width, int height, int left,
                             int top) {
        for (int row = 0; row < smallHeight; row++) {
            System.arraycopy(small, row * smallWidth, large, (top + row) * width + left, smallWidth);
        }
        int smallChroma = smallWidth / 2 * (smallHeight / 2);
        int largeChroma = width / 2 * (height / 2);
        for (int plane = 0; plane < 2; plane++) {
            int from = smallWidth * smallHeight + plane * smallChroma;
            int to = width * height + plane * largeChroma;
            for (int row = 0; row < smallHeight / 2; row++) {
                System.arraycopy(small, from + row * (smallWidth / 2), large, to + (top / 2 + row) * (width / 2) + left / 2,
                        smallWidth / 2);
            }
        }
    }
}
