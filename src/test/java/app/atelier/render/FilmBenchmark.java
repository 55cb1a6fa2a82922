package app.atelier.render;

import app.atelier.render.internal.H264Writer;
import app.atelier.render.internal.Timeline;
import app.atelier.shared.Jpeg;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a listing film costs to make, measured in one run on this machine
 * ({@code mvn -Pbench -DskipTests test -Dbench.main=app.atelier.render.FilmBenchmark}). A 60 s
 * 1080x1920 film of 12 shots (6 photos of 3000x2000 with camera motions, 6 video parts, cross-fades,
 * captions, music brought to -14 LUFS) is made by the compositor; the anchor is encoding the same
 * 1,800 frames alone (written raw to disk first, read back while the encoder works). Each is run in a
 * JVM of its own capped at a 300 MB heap, which samples its heap while it works; films of 30 s and
 * 120 s show whether the heap grows with the film's length. Target: film / anchor at most 1.3.
 */
public final class FilmBenchmark {

    private static final long HEAP_CAP_MB = 300;
    private static final VideoFormat FORMAT = VideoFormat.VERTICAL_HD;
    private static final Duration PHOTO = Duration.ofMillis(6100);
    private static final Duration VIDEO = Duration.ofSeconds(5);
    private static final Transition FADE = new Transition(Transition.Kind.CROSS_FADE, Duration.ofMillis(600));

    private FilmBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3) {
            child(args[0], Integer.parseInt(args[1]), Path.of(args[2]));
            return;
        }
        var folder = Files.createTempDirectory("atelier-film-bench");
        prepare(folder);
        System.out.printf("Film benchmark: %s %dx%d at %d fps, shots of photos (%.1f s) and videos (%.1f s) in turn, cross-fades "
                        + "of %.1f s, captions, music; %d cores; each run in its own JVM with -Xmx%dm%n",
                FORMAT, FORMAT.width(), FORMAT.height(), FilmPlan.FPS, PHOTO.toMillis() / 1000.0, VIDEO.toMillis() / 1000.0,
                FADE.length().toMillis() / 1000.0, Runtime.getRuntime().availableProcessors(), HEAP_CAP_MB);
        run("warm-up", 6, folder);
        var film30 = run("film", 6, folder);
        var film60 = run("film", 12, folder);
        var film120 = run("film", 24, folder);
        var sound = run("sound", 12, folder);
        var frames = run("frames", 12, folder);
        var anchor = run("anchor", 12, folder);
        Files.deleteIfExists(folder.resolve("frames.yuv"));
        System.out.println();
        System.out.printf("%-44s %8s %8s %10s %14s %18s%n", "", "length", "frames", "wall (s)", "heap used (MB)",
                "kept after GC (MB)");
        for (var figure : List.of(film30, film60, film120, sound, frames, anchor)) {
            System.out.printf("%-44s %7.1fs %8d %10.1f %14d %18d%n", figure.name(), figure.frames() / (double) FilmPlan.FPS,
                    figure.frames(), figure.seconds(), figure.peakMegabytes(), figure.liveMegabytes());
        }
        double ratio = film60.seconds() / anchor.seconds();
        System.out.printf("%nFilm of 60 s against encoding its frames alone: %.2fx (target <= 1.3x): %s%n", ratio,
                ratio <= 1.3 ? "met" : "NOT met");
        System.out.printf("Heap kept after GC at most, 30 s / 60 s / 120 s films: %d / %d / %d MB, all three made within a "
                        + "%d MB heap (target < 300 MB, not growing with the length): %s%n",
                film30.liveMegabytes(), film60.liveMegabytes(), film120.liveMegabytes(), HEAP_CAP_MB,
                film120.liveMegabytes() < 300 && film120.liveMegabytes() < film30.liveMegabytes() * 1.25 + 16 ? "met" : "NOT met");
    }

    private record Figure(String name, int frames, double seconds, long peakMegabytes, long liveMegabytes) {
    }

    /** Runs one measure in a JVM of its own, capped at {@value HEAP_CAP_MB} MB of heap, and reads what it printed. */
    private static Figure run(String what, int shots, Path folder) throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-Xmx" + HEAP_CAP_MB + "m", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), FilmBenchmark.class.getName(), what, String.valueOf(shots),
                folder.toString())
                .redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(what + " failed:\n" + output);
        }
        var line = output.lines().filter(found -> found.startsWith("FIGURE ")).findFirst()
                .orElseThrow(() -> new IllegalStateException(what + " said nothing:\n" + output)).split(" ");
        var name = switch (what) {
            case "film", "warm-up" -> "film of " + shots + " shots, music";
            case "anchor" -> "encoding the same frames alone (anchor)";
            case "sound" -> "its sound alone (decode, measure, limit)";
            default -> "its frames alone, written raw for the anchor";
        };
        return new Figure(name, Integer.parseInt(line[1]), Double.parseDouble(line[2]), Long.parseLong(line[3]),
                Long.parseLong(line[4]));
    }

    /** One measure, in this JVM: prints "FIGURE frames seconds peakMegabytes". */
    private static void child(String what, int shots, Path folder) throws Exception {
        var plan = plan(shots, folder);
        var peak = new AtomicLong();
        var memory = ManagementFactory.getMemoryMXBean();
        // what the heap holds once a collection is done with it: what the work keeps, not its garbage
        var live = new AtomicLong();
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                            (javax.management.openmbean.CompositeData) notification.getUserData());
                    long used = ManagementFactory.getMemoryPoolMXBeans().stream()
                            .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                            .mapToLong(pool -> {
                                var after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
                                return after == null ? 0 : after.getUsed();
                            }).sum();
                    live.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        var sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        var settings = RenderProperties.defaults();
        long started = System.nanoTime();
        switch (what) {
            case "film", "warm-up" -> {
                var work = Files.createTempDirectory(folder, "work");
                new FilmComposer(settings).compose(plan, work.resolve("film.mp4"), work.resolve("film.jpg"), work,
                        (percent, scene) -> { }, () -> false);
            }
            case "sound" -> {
                var work = Files.createTempDirectory(folder, "work");
                long samples = (long) plan.frames() * (app.atelier.render.internal.Soundtrack.RATE / FilmPlan.FPS);
                try (var track = app.atelier.render.internal.Soundtrack.prepare(plan.music(), List.of(), samples, work)) {
                    if (track == null) {
                        throw new IllegalStateException("no sound");
                    }
                }
            }
            case "frames" -> {
                try (var timeline = new Timeline(plan, () -> false);
                     var out = new BufferedOutputStream(Files.newOutputStream(folder.resolve("frames.yuv")), 1 << 20)) {
                    for (int i = 0; i < plan.frames(); i++) {
                        out.write(timeline.apply(i));
                    }
                }
            }
            case "anchor" -> {
                int size = FORMAT.width() * FORMAT.height() * 3 / 2;
                var frame = new byte[size];
                var buffer = ByteBuffer.allocateDirect(size);
                try (var in = new BufferedInputStream(Files.newInputStream(folder.resolve("frames.yuv")), 1 << 20);
                     var writer = new H264Writer(folder.resolve("anchor.mp4"), FORMAT.width(), FORMAT.height(), FilmPlan.FPS,
                             settings.preset(), settings.crf(), settings.encoderThreads())) {
                    for (int i = 0; i < plan.frames(); i++) {
                        in.readNBytes(frame, 0, size);
                        buffer.clear();
                        buffer.put(frame).flip();
                        writer.write(buffer);
                    }
                    writer.finish();
                }
            }
            default -> throw new IllegalArgumentException(what);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.interrupt();
        sampler.join();
        System.out.printf(java.util.Locale.ROOT, "FIGURE %d %.2f %d %d%n", plan.frames(), seconds, peak.get() >> 20, live.get() >> 20);
    }

    /** Photos and videos in turn, each with a caption, cross-faded, with music. */
    private static FilmPlan plan(int shots, Path folder) {
        var scenes = new ArrayList<FilmScene>();
        for (int i = 0; i < shots; i++) {
            int n = i / 2;
            var caption = FilmScene.Overlay.of(FilmCards.caption("Pièce " + (i + 1) + " · 24 m²", Brand.standard(), FORMAT).picture(),
                    Duration.ofMillis(400), (i % 2 == 0 ? PHOTO : VIDEO).minusMillis(400));
            scenes.add(i % 2 == 0
                    ? new FilmScene.Photo(folder.resolve("photo-" + n % 6 + ".jpg"), Motion.values()[n % 4], Framing.CENTRE, PHOTO,
                    List.of(caption))
                    : new FilmScene.Video(folder.resolve("video-" + n % 6 + ".mp4"), Duration.ZERO, VIDEO, Framing.CENTRE, n % 3 == 2,
                    false, List.of(caption)));
        }
        return new FilmPlan(FORMAT, scenes, FADE, folder.resolve("music.wav"));
    }

    /** Six detailed photos as agencies upload them, six videos, and a track longer than the longest film. */
    private static void prepare(Path folder) throws IOException {
        var random = new Random(11);
        for (int i = 0; i < 6; i++) {
            var image = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setPaint(new java.awt.GradientPaint(0, 0, new Color(random.nextInt()), 3000, 2000, new Color(random.nextInt())));
            g.fillRect(0, 0, 3000, 2000);
            for (int j = 0; j < 400; j++) {
                g.setColor(new Color(random.nextInt(), true));
                g.fillRect(random.nextInt(3000), random.nextInt(2000), 20 + random.nextInt(300), 20 + random.nextInt(300));
            }
            g.dispose();
            Jpeg.write(image, folder.resolve("photo-" + i + ".jpg"), 0.92f);
            Files.write(folder.resolve("video-" + i + ".mp4"), i % 2 == 0 ? TestVideos.landscapeClip() : TestVideos.portraitClip());
        }
        TestSounds.wav(folder.resolve("music.wav"), 44_100, 150, 0.1, false);
    }
}
