package app.atelier.render;

import app.atelier.render.internal.CameraPath;
import app.atelier.render.internal.CropRect;
import app.atelier.render.internal.FrameSampler;
import app.atelier.render.internal.H264Writer;
import app.atelier.render.internal.SourcePhoto;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * How the engine compares with the usual FFmpeg recipes, measured in one run on this machine
 * ({@code mvn -Pbench -DskipTests test}). Renders the 5 s 1280x768 ZOOM_IN clip of a detailed
 * 3000x2000 photo (a quality-95 JPEG, as listing photos arrive) and prints wall time, frames per second, jitter (RMS distance, in pixels, of
 * tracked markers from a smooth fit of their own path) and PSNR against a 4x4 supersampled
 * rendering of the exact crops. The anchor is encoding the same frames alone; when an
 * {@code ffmpeg} binary is on the PATH, its plain {@code zoompan} and its upscale-then-zoompan
 * recipes render the same camera path, and the targets are checked as ratios.
 */
public final class RenderBenchmark {

    private static final int WIDTH = 3000;
    private static final int HEIGHT = 2000;
    private static final VideoFormat FORMAT = VideoFormat.LANDSCAPE;
    private static final MotionClip CLIP = new MotionClip(Motion.ZOOM_IN, FORMAT, ClipLength.FIVE_SECONDS);
    private static final int FRAMES = CLIP.length().frames();
    private static final int RUNS = 5;
    private static final double[][] MARKERS = {{1500, 1000}, {760, 560}, {2240, 1440}, {760, 1440}, {2240, 560}, {1500, 640}};
    private static final double BACKGROUND = 96;

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var folder = Files.createTempDirectory("atelier-bench");
        // a listing photo as agencies upload it: a high-quality JPEG; the reference is what it decodes to
        var photo = writeJpeg(toImage(detailedPhoto()), folder.resolve("photo.jpg"));
        var luma = lumaOf(ImageIO.read(photo.toFile()));
        var path = new CameraPath(CLIP.motion(), WIDTH, HEIGHT, FORMAT.aspect());
        var renderer = new MotionRenderer(RenderProperties.defaults());
        var settings = RenderProperties.defaults();
        System.out.printf("Render benchmark: %s %dx%d, %d frames, from a %dx%d photo, %d cores, median of %d interleaved runs%n",
                CLIP.motion(), FORMAT.width(), FORMAT.height(), FRAMES, WIDTH, HEIGHT,
                Runtime.getRuntime().availableProcessors(), RUNS);

        var ours = folder.resolve("atelier.mp4");
        var frames = sampledFrames(photo, path);
        var encodeOnly = folder.resolve("encode-only.mp4");
        var contenders = new ArrayList<Contender>();
        contenders.add(new Contender("Atelier engine", ours, () -> renderer.render(photo, CLIP, ours,
                folder.resolve("poster.jpg"), RenderProgress.IGNORED, () -> false)));
        contenders.add(new Contender("encoding the same frames alone (anchor)", encodeOnly,
                () -> encode(frames, encodeOnly, settings)));
        var ffmpeg = findFfmpeg();
        if (ffmpeg != null) {
            var plainOut = folder.resolve("zoompan.mp4");
            contenders.add(new Contender("ffmpeg zoompan", plainOut,
                    () -> ffmpeg(ffmpeg, photo, "crop=3000:1800:0:100," + zoompan(), plainOut)));
            var upscaledOut = folder.resolve("zoompan-upscaled.mp4");
            contenders.add(new Contender("ffmpeg scale=8000:-1 + zoompan", upscaledOut,
                    () -> ffmpeg(ffmpeg, photo, "crop=3000:1800:0:100,scale=8000:-1," + zoompan(), upscaledOut)));
        }
        // interleaved runs, so that the machine's ups and downs fall on every contender alike
        contenders.forEach(Contender::run);
        for (int run = 0; run < RUNS; run++) {
            contenders.forEach(contender -> contender.seconds.add(timed(contender::run)));
        }
        frames.clear();

        var reference = new Reference(luma, path);
        var results = new ArrayList<Result>();
        for (var contender : contenders) {
            boolean anchor = contender.output == encodeOnly;
            results.add(anchor ? new Result(contender.name, contender.median(), Double.NaN, Double.NaN)
                    : measure(contender.name, contender.output, contender.median(), path, reference));
        }
        double oursSeconds = results.get(0).seconds;
        double encodeSeconds = results.get(1).seconds;
        Result plain = results.size() > 2 ? results.get(2) : null;
        Result upscaled = results.size() > 3 ? results.get(3) : null;

        System.out.printf("%n%-42s %8s %7s %10s %9s%n", "", "wall s", "fps", "jitter px", "PSNR dB");
        for (var result : results) {
            System.out.printf("%-42s %8.2f %7.1f %10s %9s%n", result.name, result.seconds, FRAMES / result.seconds,
                    Double.isNaN(result.jitter) ? "" : String.format("%.3f", result.jitter),
                    Double.isNaN(result.psnr) ? "" : String.format("%.2f", result.psnr));
        }
        var engine = results.getFirst();
        System.out.println();
        target("within 1.3x of encoding the same frames alone", oursSeconds / encodeSeconds, 1.3, true);
        if (plain != null && upscaled != null) {
            target("faster than plain zoompan (time ratio)", oursSeconds / plain.seconds, 1.0, true);
            target("at most a quarter of zoompan's jitter (jitter ratio)", engine.jitter / plain.jitter, 0.25, true);
            target("at most 0.65x the upscaled recipe's time (time ratio)", oursSeconds / upscaled.seconds, 0.65, true);
            target("a higher PSNR than the upscaled recipe (dB difference)", engine.psnr - upscaled.psnr, 0, false);
        } else {
            System.out.println("No ffmpeg on the PATH: the comparison with the FFmpeg recipes is skipped.");
        }
        try (var files = Files.list(folder)) {
            files.forEach(file -> file.toFile().delete());
        }
        Files.deleteIfExists(folder);
        System.exit(0);
    }

    private record Result(String name, double seconds, double jitter, double psnr) {
    }

    private static void target(String what, double value, double limit, boolean atMost) {
        boolean met = atMost ? value <= limit : value > limit;
        System.out.printf("%-58s %7.3f (%s %.2f)  %s%n", what, value, atMost ? "<=" : ">", limit, met ? "met" : "MISSED");
    }

    private static Result measure(String name, Path video, double seconds, CameraPath path, Reference reference) {
        var luma = decodeLuma(video);
        return new Result(name, seconds, jitter(luma, path), reference.psnr(luma));
    }

    /** One way of making the clip, and its wall times. */
    private record Contender(String name, Path output, Runnable task, List<Double> seconds) {

        Contender(String name, Path output, Runnable task) {
            this(name, output, task, new ArrayList<>());
        }

        void run() {
            task.run();
        }

        double median() {
            var sorted = seconds.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }
    }

    private static double timed(Runnable task) {
        long start = System.nanoTime();
        task.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void encode(List<byte[]> frames, Path output, RenderProperties settings) {
        try (var writer = new H264Writer(output, FORMAT.width(), FORMAT.height(), ClipLength.FPS, settings.preset(),
                settings.crf(), settings.encoderThreads())) {
            var buffer = ByteBuffer.allocateDirect(frames.getFirst().length);
            for (byte[] frame : frames) {
                buffer.clear();
                buffer.put(frame).flip();
                writer.write(buffer);
            }
            writer.finish();
        }
    }

    private static List<byte[]> sampledFrames(Path photo, CameraPath path) {
        int[] size = SourcePhoto.size(photo);
        double closest = path.frame(FRAMES - 1, FRAMES).width();
        var decoded = SourcePhoto.decode(photo, FORMAT.width() / closest);
        var sampler = new FrameSampler(decoded.planes(), FORMAT.width(), FORMAT.height());
        var frames = new ArrayList<byte[]>();
        for (int i = 0; i < FRAMES; i++) {
            frames.add(sampler.sample(decoded.onPlanes(path.frame(i, FRAMES))).clone());
        }
        assert size[0] == WIDTH;
        return frames;
    }

    // ---- the photo ----

    /** Grey only (so BT.601 and BT.709 agree on its luma): fine lines at several angles, grain, edges, and clean patches with markers. */
    private static double[] detailedPhoto() {
        var random = new Random(20261121);
        double[] luma = new double[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double value = 70 + 60.0 * x / WIDTH + 40.0 * y / HEIGHT;
                value += 40 * Math.sin((x * 0.9 + y * 0.4) * 2 * Math.PI / 5.5);          // tiles: 5.5 px period
                value += 25 * Math.signum(Math.sin((x - y * 0.3) * 2 * Math.PI / 9));     // siding: hard edges
                if (((x / 120) + (y / 120)) % 2 == 0) {
                    value += 30 * Math.sin(Math.hypot(x - 1500, y - 1000) * 2 * Math.PI / 3.2); // rings near Nyquist
                }
                value += random.nextGaussian() * 6;
                luma[y * WIDTH + x] = value;
            }
        }
        for (double[] marker : MARKERS) {
            int radius = (int) (7 * SyntheticPhoto.MARKER_SIGMA);
            for (int y = (int) marker[1] - radius; y <= marker[1] + radius; y++) {
                for (int x = (int) marker[0] - radius; x <= marker[0] + radius; x++) {
                    double dx = x + 0.5 - marker[0];
                    double dy = y + 0.5 - marker[1];
                    double d2 = dx * dx + dy * dy;
                    if (d2 <= (double) radius * radius) {
                        luma[y * WIDTH + x] = BACKGROUND
                                + 150 * Math.exp(-d2 / (2 * SyntheticPhoto.MARKER_SIGMA * SyntheticPhoto.MARKER_SIGMA));
                    }
                }
            }
        }
        for (int i = 0; i < luma.length; i++) {
            luma[i] = Math.max(0, Math.min(255, Math.round(luma[i])));
        }
        return luma;
    }

    private static Path writeJpeg(BufferedImage image, Path file) throws IOException {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (var out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            var param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.95f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }

    private static double[] lumaOf(BufferedImage image) {
        double[] luma = new double[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int c = image.getRGB(x, y);
                luma[y * WIDTH + x] = 0.2126 * ((c >> 16) & 255) + 0.7152 * ((c >> 8) & 255) + 0.0722 * (c & 255);
            }
        }
        return luma;
    }

    private static BufferedImage toImage(double[] luma) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[WIDTH];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int v = (int) luma[y * WIDTH + x];
                row[x] = (v << 16) | (v << 8) | v;
            }
            image.setRGB(0, y, WIDTH, 1, row, 0, WIDTH);
        }
        return image;
    }

    // ---- measuring a clip ----

    /** The Y plane (limited range, as encoded) of every frame. */
    private static List<byte[]> decodeLuma(Path video) {
        var frames = new ArrayList<byte[]>();
        try (var grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            grabber.start();
            Frame frame;
            while ((frame = grabber.grabImage()) != null) {
                var buffer = (ByteBuffer) frame.image[0];
                byte[] y = new byte[frame.imageWidth * frame.imageHeight];
                for (int row = 0; row < frame.imageHeight; row++) {
                    buffer.position(row * frame.imageStride);
                    buffer.get(y, row * frame.imageWidth, frame.imageWidth);
                }
                frames.add(y);
            }
        } catch (FrameGrabber.Exception e) {
            throw new IllegalStateException(e);
        }
        return frames;
    }

    /** RMS distance of each marker's measured track from a smooth (degree 7) fit of that track. */
    private static double jitter(List<byte[]> frames, CameraPath path) {
        double squared = 0;
        int count = 0;
        double background = 16 + BACKGROUND * 219 / 255;
        for (double[] marker : MARKERS) {
            double[] xs = new double[frames.size()];
            double[] ys = new double[frames.size()];
            for (int f = 0; f < frames.size(); f++) {
                var rect = path.frame(f, frames.size());
                double scale = FORMAT.width() / rect.width();
                double[] found = Mp4File.centroid(frames.get(f), FORMAT.width(), FORMAT.height(),
                        (marker[0] - rect.x()) * scale - 0.5, (marker[1] - rect.y()) * scale - 0.5,
                        4 * SyntheticPhoto.MARKER_SIGMA * scale, background + 4);
                xs[f] = found[0];
                ys[f] = found[1];
            }
            for (double[] track : new double[][]{xs, ys}) {
                double[] smooth = polynomialFit(track, 7);
                for (int f = 0; f < track.length; f++) {
                    squared += (track[f] - smooth[f]) * (track[f] - smooth[f]);
                    count++;
                }
            }
        }
        return Math.sqrt(squared / count);
    }

    /** Least-squares polynomial fit, through an orthonormal basis built on the sample points. */
    private static double[] polynomialFit(double[] values, int degree) {
        int n = values.length;
        double[][] basis = new double[degree + 1][n];
        for (int k = 0; k <= degree; k++) {
            for (int i = 0; i < n; i++) {
                basis[k][i] = Math.pow(2.0 * i / (n - 1) - 1, k);
            }
            for (int j = 0; j < k; j++) {
                double dot = dot(basis[k], basis[j]);
                for (int i = 0; i < n; i++) {
                    basis[k][i] -= dot * basis[j][i];
                }
            }
            double norm = Math.sqrt(dot(basis[k], basis[k]));
            for (int i = 0; i < n; i++) {
                basis[k][i] /= norm;
            }
        }
        double[] fit = new double[n];
        for (double[] vector : basis) {
            double weight = dot(values, vector);
            for (int i = 0; i < n; i++) {
                fit[i] += weight * vector[i];
            }
        }
        return fit;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** The exact crops, each output pixel the mean of 4x4 bilinear samples of the full photo. */
    private record Reference(double[] luma, CameraPath path) {

        double psnr(List<byte[]> frames) {
            double squared = 0;
            long count = 0;
            for (int f = 0; f < frames.size(); f += 5) {
                byte[] reference = frame(path.frame(f, frames.size()));
                byte[] actual = frames.get(f);
                for (int i = 0; i < reference.length; i++) {
                    double difference = (reference[i] & 255) - (actual[i] & 255);
                    squared += difference * difference;
                    count++;
                }
            }
            return 10 * Math.log10(255.0 * 255.0 / (squared / count));
        }

        private byte[] frame(CropRect rect) {
            int width = FORMAT.width();
            int height = FORMAT.height();
            double stepX = rect.width() / width;
            double stepY = rect.height() / height;
            byte[] result = new byte[width * height];
            for (int j = 0; j < height; j++) {
                for (int i = 0; i < width; i++) {
                    double sum = 0;
                    for (int b = 0; b < 4; b++) {
                        for (int a = 0; a < 4; a++) {
                            sum += bilinear(rect.x() + (i + (a + 0.5) / 4) * stepX, rect.y() + (j + (b + 0.5) / 4) * stepY);
                        }
                    }
                    result[j * width + i] = (byte) Math.round(16 + sum / 16 * 219 / 255);
                }
            }
            return result;
        }

        private double bilinear(double x, double y) {
            double px = Math.max(0, Math.min(WIDTH - 1.001, x - 0.5));
            double py = Math.max(0, Math.min(HEIGHT - 1.001, y - 0.5));
            int ix = (int) px;
            int iy = (int) py;
            double fx = px - ix;
            double fy = py - iy;
            double top = luma[iy * WIDTH + ix] * (1 - fx) + luma[iy * WIDTH + ix + 1] * fx;
            double bottom = luma[(iy + 1) * WIDTH + ix] * (1 - fx) + luma[(iy + 1) * WIDTH + ix + 1] * fx;
            return top * (1 - fy) + bottom * fy;
        }
    }

    // ---- the FFmpeg recipes ----

    /** The same camera path in zoompan's terms: geometric zoom to 1.3x on a cosine ease, centred. */
    private static String zoompan() {
        return String.format("zoompan=z='pow(%s,0.5-0.5*cos(PI*on/%d))':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)'"
                + ":d=%d:s=%dx%d:fps=%d", "1.3", FRAMES - 1, FRAMES, FORMAT.width(), FORMAT.height(), ClipLength.FPS);
    }

    private static void ffmpeg(Path ffmpeg, Path photo, String filter, Path out) {
        try {
            var process = new ProcessBuilder(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-y",
                    "-i", photo.toString(), "-vf", filter, "-frames:v", Integer.toString(FRAMES),
                    "-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-profile:v", "high",
                    "-pix_fmt", "yuv420p", "-movflags", "+faststart", out.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("ffmpeg failed on " + filter);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path findFfmpeg() {
        var pathVariable = System.getenv("PATH");
        if (pathVariable == null) {
            return null;
        }
        return Arrays.stream(pathVariable.split(File.pathSeparator))
                .map(directory -> Path.of(directory, "ffmpeg"))
                .filter(Files::isExecutable)
                .findFirst().orElse(null);
    }
}
