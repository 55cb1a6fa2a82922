package app.atelier.provider.vendor;

import app.atelier.media.ImageFormat;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.InputImage;
import app.atelier.provider.JobControl;
import app.atelier.provider.ProviderException;
import app.atelier.provider.SubmitRequest;
import app.atelier.shared.LocalServer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.assertj.core.api.ThrowableAssert;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A vendor played by a MockWebServer, for the contract tests of an adapter
 * ({@code @RegisterExtension final VendorServer vendor = new VendorServer();}): answers queued in
 * advance, requests read back as JSON, and what an adapter needs to reach it.
 */
public final class VendorServer implements BeforeEachCallback, AfterEachCallback {

    public static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final String KEY = "sk-live-9f8e7d6c5b4a";
    public static final URI PHOTO_LINK = URI.create("https://atelier.agence-du-port.fr/media/link/0190a3c0.jpg?e=1&s=abc");
    public static final URI MASK_LINK = URI.create("https://atelier.agence-du-port.fr/media/link/mask.png?e=1&s=def");
    public static final URI CALLBACK = URI.create("https://atelier.agence-du-port.fr/webhooks/p/t0k3n");

    private @Nullable MockWebServer server;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server().close();
    }

    public MockWebServer server() {
        if (server == null) {
            throw new IllegalStateException("Not started");
        }
        return server;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server().getPort();
    }

    /** The endpoints a real key leads to (the sandbox off: a missing key is a missing key). */
    public static VendorEndpoints endpoints() {
        return new VendorEndpoints(Optional.empty(), new LocalServer());
    }

    public static VendorClients clients() {
        return new VendorClients();
    }

    public void answer(int code, String json) {
        server().enqueue(new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(json).build());
    }

    public void answer(MockResponse response) {
        server().enqueue(response);
    }

    public RecordedRequest request() {
        try {
            var request = server().takeRequest(5, TimeUnit.SECONDS);
            assertThat(request).as("a request reached the vendor").isNotNull();
            return request;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    public static JsonNode json(RecordedRequest request) {
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        var body = request.getBody();
        assertThat(body).as("a body").isNotNull();
        return VendorJson.MAPPER.readTree(body.utf8());
    }

    public int requestCount() {
        return server().getRequestCount();
    }

    public static InputImage photo(int width, int height) {
        return new InputImage(UUID.fromString("0190a3c0-0000-7000-8000-0000000000aa"), ImageFormat.JPEG, width, height, PHOTO_LINK);
    }

    public static InputImage mask(int width, int height) {
        return new InputImage(UUID.fromString("0190a3c0-0000-7000-8000-0000000000bb"), ImageFormat.PNG, width, height, MASK_LINK);
    }

    public static SubmitRequest request(GenerationKind kind, Map<String, String> options, @Nullable URI callback) {
        return new SubmitRequest(UUID.fromString("0190a3c0-0000-7000-8000-0000000000cc"), UUID.fromString(
                "0190a3c0-0000-7000-8000-000000000001"), kind, options, java.util.List.of(photo(1600, 1067)), callback,
                Path.of("unused"), NO_CONTROL);
    }

    public static final JobControl NO_CONTROL = new JobControl() {
        @Override
        public void progressed(int percent) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** The {@link ProviderException} a call throws. */
    public static ProviderException failure(ThrowableAssert.ThrowingCallable call) {
        var thrown = catchThrowableOfType(ProviderException.class, call);
        assertThat(thrown).as("a ProviderException").isNotNull();
        return thrown;
    }

}
