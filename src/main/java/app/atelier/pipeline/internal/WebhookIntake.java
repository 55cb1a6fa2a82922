package app.atelier.pipeline.internal;

import app.atelier.generation.work.GenerationMetrics;
import app.atelier.generation.work.JobsProperties;
import app.atelier.provider.Providers;
import app.atelier.shared.SecretTokens;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code POST /webhooks/{provider}/{token}}: a vendor says something changed. The token (a secret
 * of the generation's, stored hashed) must match a generation of that provider, or the answer is a
 * bare 404. The body is only read for the vendor id it names (a body about another generation is
 * ignored); then the vendor is asked, right after the 200, what is true now. Duplicates collapse
 * into one poll at a time per generation, and late or repeated deliveries change nothing.
 */
@Controller
class WebhookIntake implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);
    /**
     * Webhooks that arrive while a generation is being polled make it poll once more, but not sooner
     * than this after the last poll began: a vendor that calls forty times a second is asked four times.
     */
    static final Duration REPEAT_AFTER = Duration.ofMillis(250);

    private final JdbcClient jdbc;
    private final Providers providers;
    private final Pipeline pipeline;
    private final JobsProperties settings;
    private final ExecutorService polls = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("webhook-poll-", 0).factory());
    private final ConcurrentHashMap<UUID, AtomicBoolean> polling = new ConcurrentHashMap<>();

    private final GenerationMetrics metrics;

    WebhookIntake(JdbcClient jdbc, Providers providers, Pipeline pipeline, JobsProperties settings, GenerationMetrics metrics) {
        this.metrics = metrics;
        this.jdbc = jdbc;
        this.providers = providers;
        this.pipeline = pipeline;
        this.settings = settings;
    }

    @PostMapping("/webhooks/{provider}/{token}")
    ResponseEntity<Void> receive(@PathVariable String provider, @PathVariable String token, HttpServletRequest request)
            throws IOException {
        if (!SecretTokens.wellFormed(token)) {
            // the path is anyone's to make up: only a provider that exists names a series
            metrics.webhook(providers.find(provider).isPresent() ? provider : "unknown", "unknown");
            return ResponseEntity.notFound().build();
        }
        // three columns by an indexed hash, not the whole generation: vendors may call often
        var generation = jdbc.sql("SELECT id, provider_id, vendor_id FROM generation WHERE webhook_token_hash = ?")
                .param(SecretTokens.hash(token))
                .query((rs, n) -> new Target(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional()
                .filter(found -> found.providerId().equals(provider));
        var adapter = providers.find(provider);
        if (generation.isEmpty() || adapter.isEmpty()) {
            metrics.webhook(adapter.isPresent() ? provider : "unknown", "unknown");
            return ResponseEntity.notFound().build();
        }
        long limit = settings.webhookMaxBody().toBytes();
        if (request.getContentLengthLong() > limit) {
            metrics.webhook(provider, "too_large");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        byte[] body = request.getInputStream().readNBytes((int) limit + 1);
        if (body.length > limit) {
            metrics.webhook(provider, "too_large");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        var id = generation.get().id();
        var named = adapter.get().vendorIdInWebhook(body);
        if (named.isPresent() && !named.get().equals(generation.get().vendorId())) {
            log.warn("A webhook for generation {} names another vendor id; ignored", id);
            metrics.webhook(provider, "other_task");
            return ResponseEntity.ok().build();
        }
        metrics.webhook(provider, "accepted");
        pollSoon(id);
        return ResponseEntity.ok().build();
    }

    /** The generation a webhook token leads to. */
    private record Target(UUID id, String providerId, @Nullable String vendorId) {
    }

    /** Polls the generation on a thread of its own; a delivery meanwhile makes it poll once more after ({@link #REPEAT_AFTER}). */
    void pollSoon(UUID id) {
        var start = new boolean[1];
        polling.compute(id, (key, again) -> {
            if (again == null) {
                start[0] = true;
                return new AtomicBoolean();
            }
            again.set(true);
            return again;
        });
        if (start[0]) {
            polls.execute(() -> {
                boolean more;
                do {
                    long started = System.nanoTime();
                    try {
                        pipeline.pollNow(id);
                    } catch (RuntimeException broken) {
                        log.warn("Polling generation {} after its webhook failed", id, broken);
                    }
                    more = polling.compute(id, (key, again) -> again.getAndSet(false) ? again : null) != null;
                    if (more && !pause(started)) {
                        polling.remove(id);
                        return;
                    }
                } while (more);
            });
        }
    }

    /** Waits until {@link #REPEAT_AFTER} has passed since {@code started}; false when interrupted (shutting down). */
    private static boolean pause(long started) {
        long wait = started + REPEAT_AFTER.toNanos() - System.nanoTime();
        if (wait <= 0) {
            return true;
        }
        try {
            Thread.sleep(Duration.ofNanos(wait));
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void destroy() {
        polls.shutdownNow();
    }
}
