package app.atelier.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * This node's own address on the loopback interface, once its web server listens: how the
 * application reaches the parts of itself that it serves over HTTP (the sandbox).
 */
@Component
public class LocalServer {

    private volatile @Nullable String base;

    @EventListener
    void serving(WebServerInitializedEvent started) {
        base = "http://127.0.0.1:" + started.getWebServer().getPort();
    }

    /** {@code http://127.0.0.1:<port>}, or empty before the server listens (or when there is none). */
    public Optional<String> base() {
        return Optional.ofNullable(base);
    }
}
