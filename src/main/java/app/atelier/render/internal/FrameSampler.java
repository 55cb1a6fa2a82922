package app.atelier.render.internal;

import java.nio.ByteBuffer;

/**
 * Cuts one frame out of the decoded photo: bilinear sampling with 1/256-pixel weights straight into
 * a YUV 4:2:0 buffer the encoder takes as is. Positions are never rounded to whole pixels, which is
 * what keeps slow camera moves free of the staircase jitter of whole-pixel crops.
 *
 * <p>The sampling is separable: each source row needed is interpolated horizontally once, then
 * consecutive output rows blend the two cached rows they fall between. The two chroma planes share
 * their positions and are sampled together. A sampler reuses its buffers for every frame.
 */
public final class FrameSampler {

    private static final int ONE = 256;

    private final YuvPlanes source;
    private final int width;
    private final int height;
    private final byte[] frame;
    private final Axis lumaColumns;
    private final Axis chromaColumns;
    private final RowCache luma;
    private final RowCache blue;
    private final RowCache red;

    public FrameSampler(YuvPlanes source, int width, int height) {
        this.source = source;
        this.width = width;
        this.height = height;
        this.frame = new byte[width * height * 3 / 2];
        this.lumaColumns = new Axis(width);
        this.chromaColumns = new Axis(width / 2);
        this.luma = new RowCache(width);
        this.blue = new RowCache(width / 2);
        this.red = new RowCache(width / 2);
    }

    /**
     * Fills the frame showing {@code rect} (in plane pixels). Chroma is sampled where H.264 places
     * it by default: level with even luma columns, halfway between luma rows, that is at chroma
     * (i + 0.25, j + 0.5) of a plane whose samples are centred on 2x2 luma blocks.
     *
     * @return the frame (Y plane, then U, then V), valid until the next call
     */
    public byte[] sample(CropRect rect) {
        double stepX = rect.width() / width;
        double stepY = rect.height() / height;
        lumaColumns.place(rect.x(), stepX, 0.5, source.width);
        luma.reset();
        for (int j = 0; j < height; j++) {
            var row = Position.of(rect.y() + (j + 0.5) * stepY - 0.5, source.height);
            luma.load(source.y, source.width, row.index, lumaColumns);
            blend(luma, row.weight, j * width, width);
        }
        int chromaWidth = width / 2;
        int chromaHeight = height / 2;
        chromaColumns.place(rect.x() / 2, stepX, 0.25, source.chromaWidth);
        blue.reset();
        red.reset();
        int uStart = width * height;
        int vStart = uStart + chromaWidth * chromaHeight;
        for (int j = 0; j < chromaHeight; j++) {
            var row = Position.of(rect.y() / 2 + (j + 0.5) * stepY - 0.5, source.chromaHeight);
            RowCache.loadPair(blue, red, source.u, source.v, source.chromaWidth, row.index, chromaColumns);
            blend(blue, row.weight, uStart + j * chromaWidth, chromaWidth);
            blend(red, row.weight, vStart + j * chromaWidth, chromaWidth);
        }
        return frame;
    }

    /** Copies the last frame into a direct buffer the encoder reads. */
    public int frameBytes() {
        return frame.length;
    }

    // Two loops rather than one: the JIT vectorises int arithmetic, but not arithmetic that ends in a byte.
    private void blend(RowCache rows, int below, int destination, int count) {
        int above = ONE - below;
        int[] upper = rows.upper;
        int[] lower = rows.lower;
        int[] blended = rows.blended;
        for (int i = 0; i < count; i++) {
            blended[i] = (upper[i] * above + lower[i] * below + ONE * ONE / 2) >> 16;
        }
        for (int i = 0; i < count; i++) {
            frame[destination + i] = (byte) blended[i];
        }
    }

    /** Where a sample falls: the source pixel to its left (or above) and the weight of the next one. */
    private record Position(int index, int weight) {

        static Position of(double position, int length) {
            int index = (int) Math.floor(position);
            int weight = (int) Math.round((position - index) * ONE);
            if (weight == ONE) {
                index++;
                weight = 0;
            }
            if (index < 0) {
                return new Position(0, 0);
            }
            if (index >= length - 1) {
                return new Position(length - 2, ONE);
            }
            return new Position(index, weight);
        }
    }

    /** The source columns (and weights) of every output column of one frame. */
    private static final class Axis {

        final int[] index;
        final int[] weight;

        Axis(int count) {
            index = new int[count];
            weight = new int[count];
        }

        void place(double start, double step, double offset, int length) {
            for (int i = 0; i < index.length; i++) {
                var position = Position.of(start + (i + offset) * step - 0.5, length);
                index[i] = position.index;
                weight[i] = position.weight;
            }
        }
    }

    /** The two horizontally interpolated source rows the current output row lies between. */
    private static final class RowCache {

        int[] upper;
        int[] lower;
        final int[] blended;
        private int upperRow = -1;
        private int lowerRow = -1;

        RowCache(int count) {
            upper = new int[count];
            lower = new int[count];
            blended = new int[count];
        }

        void reset() {
            upperRow = -1;
            lowerRow = -1;
        }

        void load(byte[] plane, int planeWidth, int row, Axis columns) {
            if (upperRow != row) {
                if (lowerRow == row) {
                    swap();
                    upperRow = row;
                    lowerRow = -1;
                } else {
                    interpolate(plane, row * planeWidth, columns, upper);
                    upperRow = row;
                }
            }
            if (lowerRow != row + 1) {
                interpolate(plane, (row + 1) * planeWidth, columns, lower);
                lowerRow = row + 1;
            }
        }

        /** Loads the same rows of the two chroma planes, which share their column positions, in one pass. */
        static void loadPair(RowCache first, RowCache second, byte[] firstPlane, byte[] secondPlane, int planeWidth,
                             int row, Axis columns) {
            if (first.upperRow == row && first.lowerRow == row + 1) {
                return;
            }
            if (first.lowerRow == row) {
                first.swap();
                second.swap();
            } else {
                interpolatePair(firstPlane, secondPlane, row * planeWidth, columns, first.upper, second.upper);
            }
            interpolatePair(firstPlane, secondPlane, (row + 1) * planeWidth, columns, first.lower, second.lower);
            first.upperRow = second.upperRow = row;
            first.lowerRow = second.lowerRow = row + 1;
        }

        private void swap() {
            int[] swap = upper;
            upper = lower;
            lower = swap;
        }

        private static void interpolatePair(byte[] firstPlane, byte[] secondPlane, int rowStart, Axis columns,
                                            int[] firstInto, int[] secondInto) {
            int[] index = columns.index;
            int[] weight = columns.weight;
            for (int i = 0; i < firstInto.length; i++) {
                int at = rowStart + index[i];
                int right = weight[i];
                int left = ONE - right;
                firstInto[i] = (firstPlane[at] & 255) * left + (firstPlane[at + 1] & 255) * right;
                secondInto[i] = (secondPlane[at] & 255) * left + (secondPlane[at + 1] & 255) * right;
            }
        }

        private static void interpolate(byte[] plane, int rowStart, Axis columns, int[] into) {
            int[] index = columns.index;
            int[] weight = columns.weight;
            for (int i = 0; i < into.length; i++) {
                int at = rowStart + index[i];
                int right = weight[i];
                into[i] = (plane[at] & 255) * (ONE - right) + (plane[at + 1] & 255) * right;
            }
        }
    }
}
