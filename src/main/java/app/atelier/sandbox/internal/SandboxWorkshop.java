package app.atelier.sandbox.internal;

import app.atelier.render.ClipLength;
import app.atelier.render.Ending;
import app.atelier.render.Motion;
import app.atelier.render.MotionClip;
import app.atelier.render.MotionRenderer;
import app.atelier.render.VideoFormat;
import app.atelier.media.ClusterFiles;
import app.atelier.shared.AtelierProperties;
import app.atelier.shared.Jpeg;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.imageio.ImageIO;

/**
 * Makes the sandbox's results, real files a member can play or look at: camera motions rendered by
 * the local engine (with the prompt as a caption for the AI videos), and exteriors painted with an
 * unmistakably synthetic texture into the mask's zone. Each task's files are worked on in a folder of
 * its own under {@code <data-dir>/sandbox} and kept as {@link ClusterFiles}, so that any node of a
 * cluster serves a result another made, or makes it from the inputs another received; what a restart
 * interrupted is made again when asked for.
 */
@Component
class SandboxWorkshop implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SandboxWorkshop.class);

    /** What to make for a task. */
    sealed interface Order {
    }

    /**
     * A camera motion over the input photo, perhaps with a caption; {@code toLastFrame}: cross-fading
     * to the task's {@link #lastFrame last frame}; {@code loop}: back to the first frame at the end.
     */
    record Motioned(Motion motion, VideoFormat format, ClipLength length, String caption, boolean toLastFrame,
                    boolean loop) implements Order {

        Motioned(Motion motion, VideoFormat format, ClipLength length, String caption) {
            this(motion, format, length, caption, false, false);
        }
    }

    /** An exterior painted into the mask's white zone. */
    record Exterior(String type) implements Order {
    }

    /** The files a task may be given: its photo, its mask, its last frame. */
    private static final java.util.List<String> INPUTS = java.util.List.of("input", "mask", "end");

    private final Path root;
    private final MotionRenderer renderer;
    private final ExecutorService workers = Executors.newFixedThreadPool(1, Thread.ofPlatform().daemon().name("sandbox-", 0).factory());
    private final Map<String, CompletableFuture<Path>> making = new ConcurrentHashMap<>();
    private final ClusterFiles shared;

    SandboxWorkshop(AtelierProperties settings, MotionRenderer renderer, ClusterFiles shared) {
        this.root = settings.dataDir().resolve("sandbox");
        this.renderer = renderer;
        this.shared = shared;
    }

    /** The inputs a task was given, kept for every node (called once they are written). */
    void publishInputs(String taskId) {
        for (var name : INPUTS) {
            var file = place(taskId).resolve(name);
            if (Files.exists(file)) {
                shared.put(sharedKey(taskId, name), file, "application/octet-stream");
            }
        }
    }

    /** A task's input ("input", "mask", "end") on this node, brought from where every node keeps it if need be. */
    Path here(String taskId, String name) {
        var file = folder(taskId).resolve(name);
        if (!Files.exists(file)) {
            shared.copyTo(sharedKey(taskId, name), file);
        }
        return file;
    }

    /** Whether a task was given this input, on whichever node it came in. */
    boolean has(String taskId, String name) {
        return Files.exists(place(taskId).resolve(name)) || shared.exists(sharedKey(taskId, name));
    }

    /** Brings the task's inputs here from where every node keeps them, if this node lacks them. */
    private void fetchInputs(String taskId) {
        for (var name : INPUTS) {
            var file = folder(taskId).resolve(name);
            if (!Files.exists(file)) {
                shared.copyTo(sharedKey(taskId, name), file);
            }
        }
    }

    /** Where every node finds a task's file: named after a digest of the task's id (keys are lower-case). */
    static String sharedKey(String taskId, String name) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(taskId.getBytes(StandardCharsets.UTF_8));
            return "sandbox/" + HexFormat.of().formatHex(digest, 0, 16) + "/" + name;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The folder of a task's files (its inputs, then its result), made when it does not exist yet. */
    Path folder(String taskId) {
        try {
            return Files.createDirectories(place(taskId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path place(String taskId) {
        return root.resolve(taskId.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /** Where a task's photo is written (its folder made). */
    Path input(String taskId) {
        return folder(taskId).resolve("input");
    }

    /** Where a task's last frame is written, when it has one (its folder made). */
    Path lastFrame(String taskId) {
        return folder(taskId).resolve("end");
    }

    /** Where a task's mask is written (its folder made). */
    Path mask(String taskId) {
        return folder(taskId).resolve("mask");
    }

    /** The name of a task's finished result if this node made it. */
    Optional<String> resultHere(String taskId) {
        return RESULTS.stream().filter(name -> Files.exists(place(taskId).resolve(name))).findFirst();
    }

    /** Whether this node is making the task's result now. */
    boolean isMaking(String taskId) {
        return making.containsKey(taskId);
    }

    /** The name of a task's finished result ("result.mp4"), if it has been made, here or on another node. */
    Optional<String> result(String taskId) {
        return RESULTS.stream().filter(name -> shared.exists(sharedKey(taskId, name))).findFirst();
    }

    /** A task's finished result as this node reads it: its file here, or else where every node keeps it. */
    Optional<org.springframework.core.io.Resource> resultFile(String taskId, String name) {
        if (!RESULTS.contains(name)) {
            return Optional.empty();
        }
        var here = place(taskId).resolve(name);
        if (Files.exists(here)) {
            return Optional.of(new org.springframework.core.io.FileSystemResource(here));
        }
        var key = sharedKey(taskId, name);
        if (!shared.exists(key)) {
            return Optional.empty();
        }
        long size = shared.size(key);
        return Optional.of(new org.springframework.core.io.InputStreamResource(shared.open(key)) {
            @Override
            public long contentLength() {
                return size;
            }
        });
    }

    private static final java.util.List<String> RESULTS = java.util.List.of("result.mp4", "result.jpg");

    /** Starts making a task's result unless it is made or under way. */
    void make(String taskId, Order order) {
        if (resultHere(taskId).isPresent()) {
            return;
        }
        making.computeIfAbsent(taskId, id -> CompletableFuture.supplyAsync(() -> made(id, order), workers)
                .whenComplete((done, failed) -> {
                    making.remove(id);
                    if (failed != null) {
                        log.warn("The sandbox could not make the result of {}", id, failed);
                    }
                }));
    }

    /**
     * Makes the result, or copies the one made for the same inputs and the same order before: a
     * thousand simulated generations of a few photos cost a few renders.
     */
    private Path made(String taskId, Order order) {
        fetchInputs(taskId);
        var folder = folder(taskId);
        var key = cacheKey(taskId, order);
        var extension = order instanceof Exterior ? ".jpg" : ".mp4";
        var cached = root.resolve("cache").resolve(key + extension);
        // made under another name and moved whole: a "result." file is served (and reported made) at once
        var making = folder.resolve("making" + extension);
        var target = folder.resolve("result" + extension);
        try {
            if (Files.exists(cached)) {
                Files.copy(cached, making, StandardCopyOption.REPLACE_EXISTING);
            } else {
                render(taskId, order, folder, making);
                Files.createDirectories(cached.getParent());
                var part = Files.createTempFile(cached.getParent(), key, ".part");
                Files.copy(making, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(making, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            // kept for every node: whichever one is asked serves it
            shared.put(sharedKey(taskId, target.getFileName().toString()), target,
                    order instanceof Exterior ? "image/jpeg" : "video/mp4");
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inputs' content and the order, hashed. */
    private String cacheKey(String taskId, Order order) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(order.toString().getBytes(StandardCharsets.UTF_8));
            for (var input : new Path[]{place(taskId).resolve("input"), place(taskId).resolve("mask"),
                    place(taskId).resolve("end")}) {
                if (Files.exists(input)) {
                    digest.update(Files.readAllBytes(input));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("Cannot hash the sandbox's inputs", e);
        }
    }

    private Path render(String taskId, Order order, Path folder, Path target) {
        return switch (order) {
            case Motioned motioned -> {
                var photo = input(taskId);
                var source = motioned.caption().isBlank() ? photo : captioned(photo, motioned.caption(), folder.resolve("captioned.jpg"));
                var video = target;
                var ending = new Ending(motioned.toLastFrame() ? lastFrame(taskId) : null, motioned.loop());
                renderer.render(source, new MotionClip(motioned.motion(), motioned.format(), motioned.length()), ending,
                        video, folder.resolve("poster.jpg"), percent -> { }, () -> false);
                yield video;
            }
            case Exterior exterior -> painted(taskId, exterior.type(), target);
        };
    }

    /** The photo with the prompt over a dark band at the bottom, and the word SANDBOX. */
    private static Path captioned(Path photo, String caption, Path target) {
        try {
            var image = ImageIO.read(photo.toFile());
            if (image == null) {
                return photo;
            }
            var copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = copy.createGraphics();
            g.drawImage(image, 0, 0, null);
            int band = Math.max(24, image.getHeight() / 9);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.6f));
            g.setColor(Color.BLACK);
            g.fillRect(0, image.getHeight() - band, image.getWidth(), band);
            g.setComposite(AlphaComposite.SrcOver);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, band / 2));
            var text = "SANDBOX · " + (caption.length() > 90 ? caption.substring(0, 89) + "…" : caption);
            g.drawString(text, band / 3, image.getHeight() - band / 3);
            g.dispose();
            Jpeg.write(copy, target, 0.9f);
            return target;
        } catch (IOException | RuntimeException | Error noFonts) {
            // a machine without fonts still gets its video, without the caption
            log.info("The sandbox could not write its caption ({})", noFonts.toString());
            return photo;
        }
    }

    /** The photo with the mask's white zone filled with a synthetic deck, water or gravel, and the word SANDBOX. */
    private Path painted(String taskId, String type, Path target) {
        try {
            var photo = ImageIO.read(input(taskId).toFile());
            var mask = ImageIO.read(mask(taskId).toFile());
            if (photo == null || mask == null) {
                throw new IOException("The photo or the mask cannot be read");
            }
            var texture = texture(type, photo.getWidth(), photo.getHeight());
            var out = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < photo.getHeight(); y++) {
                for (int x = 0; x < photo.getWidth(); x++) {
                    int mx = x * mask.getWidth() / photo.getWidth();
                    int my = y * mask.getHeight() / photo.getHeight();
                    boolean zone = (mask.getRGB(mx, my) & 0xFF) >= 128;
                    out.setRGB(x, y, zone ? texture.getRGB(x, y) : photo.getRGB(x, y));
                }
            }
            var g = out.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(14, photo.getHeight() / 24)));
                g.drawString("SANDBOX", photo.getHeight() / 40, photo.getHeight() / 16);
            } catch (RuntimeException | Error noFonts) {
                log.info("The sandbox could not write its label ({})", noFonts.toString());
            } finally {
                g.dispose();
            }
            Jpeg.write(out, target, 0.9f);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage texture(String type, int width, int height) {
        var texture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var random = new Random(type.hashCode());
        switch (type) {
            case "POOL" -> {
                var g = texture.createGraphics();
                g.setPaint(new GradientPaint(0, 0, new Color(64, 200, 230), 0, height, new Color(10, 110, 170)));
                g.fillRect(0, 0, width, height);
                g.dispose();
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        double ripple = Math.sin(x / 9.0 + Math.sin(y / 13.0) * 2) * Math.sin(y / 7.0);
                        if (ripple > 0.85) {
                            texture.setRGB(x, y, 0xD8F4FF);
                        }
                    }
                }
            }
            case "PETANQUE" -> {
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        int shade = 170 + random.nextInt(60);
                        texture.setRGB(x, y, new Color(shade, shade - 18, shade - 55).getRGB());
                    }
                }
            }
            default -> {
                int board = Math.max(8, height / 40);
                for (int y = 0; y < height; y++) {
                    boolean seam = y % board == 0;
                    int row = y / board;
                    int tone = 120 + (row * 37 % 40);
                    for (int x = 0; x < width; x++) {
                        boolean joint = (x + row * 97) % (board * 14) == 0;
                        int grain = (int) (Math.sin((x + row * 31) / 5.0) * 6);
                        texture.setRGB(x, y, seam || joint ? 0x3A2414 : new Color(tone + grain, 78 + grain, 40).getRGB());
                    }
                }
            }
        }
        return texture;
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
