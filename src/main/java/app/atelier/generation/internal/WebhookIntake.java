package app.atelier.generation.internal;

import app.atelier.provider.Providers;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.io.IOException;
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

    private final GenerationRepository generations;
    private final Providers providers;
    private final Pipeline pipeline;
    private final JobsProperties settings;
    private final ExecutorService polls = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("webhook-poll-", 0).factory());
    private final ConcurrentHashMap<UUID, AtomicBoolean> polling = new ConcurrentHashMap<>();

    WebhookIntake(GenerationRepository generations, Providers providers, Pipeline pipeline, JobsProperties settings) {
        this.generations = generations;
        this.providers = providers;
        this.pipeline = pipeline;
        this.settings = settings;
    }

    @PostMapping("/webhooks/{provider}/{token}")
    ResponseEntity<Void> receive(@PathVariable String provider, @PathVariable String token, HttpServletRequest request)
            throws IOException {
        if (!WebhookTokens.wellFormed(token)) {
            return ResponseEntity.notFound().build();
        }
        var generation = generations.findByWebhookTokenHash(WebhookTokens.hash(token))
                .filter(found -> found.providerId().equals(provider));
        var adapter = providers.find(provider);
        if (generation.isEmpty() || adapter.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        long limit = settings.webhookMaxBody().toBytes();
        if (request.getContentLengthLong() > limit) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        byte[] body = request.getInputStream().readNBytes((int) limit + 1);
        if (body.length > limit) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        var id = generation.get().id();
        var named = adapter.get().vendorIdInWebhook(body);
        if (named.isPresent() && !named.get().equals(generation.get().vendorId())) {
            log.warn("A webhook for generation {} names another vendor id; ignored", id);
            return ResponseEntity.ok().build();
        }
        pollSoon(id);
        return ResponseEntity.ok().build();
    }

    /** Polls the generation on a thread of its own; a delivery meanwhile makes it poll once more after. */
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
                    try {
                        pipeline.pollNow(id);
                    } catch (RuntimeException broken) {
                        log.warn("Polling generation {} after its webhook failed", id, broken);
                    }
                    more = polling.compute(id, (key, again) -> again.getAndSet(false) ? again : null) != null;
                } while (more);
            });
        }
    }

    @Override
    public void destroy() {
        polls.shutdownNow();
    }
}
