package app.atelier.render.internal;

import app.atelier.render.RenderException;
import app.atelier.shared.Jpeg;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** The still that stands for a clip before it plays: its first frame, as a JPEG. */
public final class Poster {

    private static final float QUALITY = 0.88f;

    private Poster() {
    }

    private static int channel(int fixed) {
        return Math.max(0, Math.min(255, (fixed + 32768) >> 16));
    }

    // BT.709 limited range back to RGB, in 1/65536 units, one table per term
    private static final int[] LUMA = new int[256];
    private static final int[] RED_FROM_CR = new int[256];
    private static final int[] GREEN_FROM_CB = new int[256];
    private static final int[] GREEN_FROM_CR = new int[256];
    private static final int[] BLUE_FROM_CB = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            double luma = (i - 16) * 255.0 / 219;
            double chroma = (i - 128) * 255.0 / 224;
            LUMA[i] = (int) Math.round(luma * 65536);
            RED_FROM_CR[i] = (int) Math.round(1.5748 * chroma * 65536);
            GREEN_FROM_CB[i] = (int) Math.round(-0.1873 * chroma * 65536);
            GREEN_FROM_CR[i] = (int) Math.round(-0.4681 * chroma * 65536);
            BLUE_FROM_CB[i] = (int) Math.round(1.8556 * chroma * 65536);
        }
    }

    /** Writes a YUV 4:2:0 frame (as {@link FrameSampler} fills it) to a JPEG file. */
    public static void write(byte[] yuv420, int width, int height, Path file) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int chromaWidth = width / 2;
        int uStart = width * height;
        int vStart = uStart + chromaWidth * (height / 2);
        int[] row = new int[width];
        for (int j = 0; j < height; j++) {
            int chromaRow = Math.min(j / 2, height / 2 - 1) * chromaWidth;
            for (int i = 0; i < width; i++) {
                int chroma = chromaRow + Math.min(i / 2, chromaWidth - 1);
                int luma = LUMA[yuv420[j * width + i] & 255];
                int cb = yuv420[uStart + chroma] & 255;
                int cr = yuv420[vStart + chroma] & 255;
                row[i] = (channel(luma + RED_FROM_CR[cr]) << 16) | (channel(luma + GREEN_FROM_CB[cb] + GREEN_FROM_CR[cr]) << 8)
                        | channel(luma + BLUE_FROM_CB[cb]);
            }
            image.setRGB(0, j, width, 1, row, 0, width);
        }
        try {
            Jpeg.write(image, file, QUALITY);
        } catch (IOException e) {
            throw new RenderException("Cannot write the poster", e);
        }
    }
}
