package app.atelier.api;

import app.atelier.account.ApiKeyCreation;
import app.atelier.account.ApiKeys;
import app.atelier.account.SignedInMember;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

/**
 * What a script does with the API, over real HTTP: send JSON with a key, read JSON back. Also a web
 * server on this machine that serves the photos and masks the requests point at and takes webhooks.
 */
final class ScriptClient implements AutoCloseable {

    static final int WIDTH = 1024;
    static final int HEIGHT = 768;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;
    final MockWebServer files = new MockWebServer();
    /** Webhooks received, in order. */
    final BlockingQueue<RecordedRequest> webhooks = new LinkedBlockingQueue<>();
    /** The statuses webhooks are answered with, in turn (the last one repeats). */
    volatile int[] webhookAnswers = {200};
    private int answered;

    ScriptClient(int port) throws IOException {
        this.base = "http://localhost:" + port;
        var photo = jpeg(WIDTH, HEIGHT);
        var mask = mask(WIDTH, HEIGHT);
        var otherMask = mask(WIDTH, HEIGHT);
        var smallMask = mask(WIDTH / 2, HEIGHT / 2);
        var tiny = jpeg(120, 90);
        files.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                var path = request.getUrl().encodedPath();
                if (path.startsWith("/webhooks/")) {
                    webhooks.add(request);
                    int code;
                    synchronized (ScriptClient.this) {
                        code = webhookAnswers[Math.min(answered++, webhookAnswers.length - 1)];
                    }
                    return new MockResponse.Builder().code(code).build();
                }
                return switch (path) {
                    case "/image.jpg" -> file("image/jpeg", photo);
                    case "/masque.png", "/mask.png" -> file("image/png", mask);
                    case "/nouveau-masque.png" -> file("image/png", otherMask);
                    case "/petit-masque.png" -> file("image/png", smallMask);
                    case "/vignette.jpg" -> file("image/jpeg", tiny);
                    default -> new MockResponse.Builder().code(404).build();
                };
            }
        });
        files.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    /** An address on the test server, by the host name the test profile trusts. */
    String url(String path) {
        return "http://localhost:" + files.getPort() + path;
    }

    HttpResponse<String> post(String path, String key, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("x-api-key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> get(String path, String key) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + key).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Downloads a link the API handed out. Links are made on {@code atelier.public-url}, which the tests
     * leave at its default (http://localhost:8080) as the port is only known once the server runs: the
     * link's path and token are fetched from the running server.
     */
    byte[] download(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url.replace("http://localhost:8080", base))).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    String base() {
        return base;
    }

    /** A new personal key of {@code member}, made as they would in their settings. */
    static String keyOf(ApiKeys keys, SignedInMember member, String name) {
        return as(member, () -> ((ApiKeyCreation.Created) keys.create(name)).key());
    }

    static <T> T as(SignedInMember member, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
        var before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    @Override
    public void close() {
        files.close();
    }

    private static MockResponse file(String type, byte[] bytes) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", type).body(new Buffer().write(bytes)).build();
    }

    static byte[] jpeg(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, new Color((x * 255) / width, (y * 255) / height, ((x + y) * 7) % 256).getRGB());
            }
        }
        return encode(image, "jpg");
    }

    /** Black (keep) with a white zone in the lower middle: where a terrace would go. */
    static byte[] mask(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(width / 4, height / 2, width / 2, height / 3);
        g.dispose();
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
