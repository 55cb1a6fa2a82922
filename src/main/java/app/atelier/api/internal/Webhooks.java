package app.atelier.api.internal;

import app.atelier.account.ApiCaller;
import app.atelier.account.ApiKeys;
import app.atelier.account.MemberDirectory;
import app.atelier.api.ApiProperties;
import app.atelier.api.WebhookGivenUp;
import app.atelier.generation.GenerationChanged;
import app.atelier.shared.GenerationId;
import app.atelier.shared.LiveUpdates;
import app.atelier.shared.PublicAddresses;
import app.atelier.shared.Subscription;
import okhttp3.Dns;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The webhooks Atelier calls back: when a generation asked for with a {@code webhook} ends, its
 * {@code get} body is POSTed there, signed ({@link WebhookSigner}), within {@code atelier.api.webhook-timeout};
 * anything but a 2xx is tried again after 1, 2, 4 … s (at most a minute apart) until
 * {@code atelier.api.webhook-attempts}. Only public addresses are called (checked when asked and again
 * at each call, redirects not followed), but for {@code atelier.api.webhook-trusted-hosts}.
 *
 * <p>Deliveries are rows: any node may take one (a conditional update claims it), a node that stops
 * leaves them to the others, and a sweep each minute takes up what a stopped node left.
 */
@Component
class Webhooks implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Webhooks.class);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
    private static final Duration SWEEP = Duration.ofMinutes(1);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final JdbcClient jdbc;
    private final ApiKeys keys;
    private final ApiGenerations generations;
    private final WebhookRegistry registry;
    private final GenerationReplies replies;
    private final WebhookSigner signer;
    private final ApiProperties settings;
    private final LiveUpdates live;
    private final JsonMapper json;
    private final Clock clock;
    private final OkHttpClient client;
    private final ApplicationEventPublisher events;
    private final MemberDirectory directory;
    /** Made at each start: a context may be stopped and started again. */
    private volatile ScheduledExecutorService timer = newTimer();
    private volatile ExecutorService senders = newSenders();
    private volatile @Nullable Subscription subscription;

    Webhooks(MemberDirectory directory, JdbcClient jdbc, ApiKeys keys, ApiGenerations generations, WebhookRegistry registry, GenerationReplies replies, WebhookSigner signer,
             ApiProperties settings, LiveUpdates live, JsonMapper json, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.directory = directory;
        this.jdbc = jdbc;
        this.keys = keys;
        this.generations = generations;
        this.registry = registry;
        this.replies = replies;
        this.signer = signer;
        this.settings = settings;
        this.live = live;
        this.json = json;
        this.clock = clock;
        this.client = new OkHttpClient.Builder()
                .connectTimeout(settings.webhookTimeout())
                .readTimeout(settings.webhookTimeout())
                .callTimeout(settings.webhookTimeout())
                .followRedirects(false)
                .followSslRedirects(false)
                .dns(this::publicOnly)
                .build();
    }

    private static ScheduledExecutorService newTimer() {
        return Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("api-webhook-timer").factory());
    }

    private static ExecutorService newSenders() {
        return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("api-webhook-", 0).factory());
    }

    @Override
    public synchronized void start() {
        if (timer.isShutdown()) {
            timer = newTimer();
            senders = newSenders();
        }
        subscription = live.subscribe(GenerationChanged.class, changed -> changed.state().terminal(),
                changed -> ended(changed.generationId().value()));
        timer.scheduleWithFixedDelay(this::sweep, SWEEP.toMillis(), SWEEP.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        var current = subscription;
        if (current != null) {
            current.cancel();
        }
        subscription = null;
        timer.shutdownNow();
        senders.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return subscription != null;
    }

    private void ended(UUID generationId) {
        jdbc.sql("UPDATE api_webhook SET state = 'DUE', next_at = ? WHERE generation_id = ? AND state = 'WAITING'")
                .params(now(), generationId).update();
        attempt(generationId);
    }

    private void attempt(UUID generationId) {
        try {
            senders.execute(() -> {
                try {
                    deliver(generationId);
                } catch (RuntimeException e) {
                    log.warn("Webhook of generation {} could not be tried", generationId, e);
                }
            });
        } catch (RejectedExecutionException stopping) {
            // this node is stopping: the delivery stays due, and a node's sweep takes it up
        }
    }

    /** Takes up deliveries that are due (a stopped node's, a retry whose timer was lost) and generations that ended unseen. */
    void sweep() {
        try {
            jdbc.sql("""
                    SELECT generation_id FROM api_webhook
                    WHERE state = 'DUE' AND next_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)""")
                    .params(now(), now()).query(UUID.class).list().forEach(this::attempt);
            record Waiting(UUID generationId, UUID keyId) {
            }
            jdbc.sql("SELECT generation_id, key_id FROM api_webhook WHERE state = 'WAITING' AND created_at < ?")
                    .param(clock.instant().minus(SWEEP).atOffset(ZoneOffset.UTC))
                    .query(Waiting.class).list().forEach(waiting -> keys.caller(waiting.keyId()).ifPresent(caller -> {
                        boolean over = asMember(caller, () -> generations.find(GenerationId.of(waiting.generationId()))
                                .map(found -> found.state().terminal()).orElse(true));
                        if (over) {
                            ended(waiting.generationId());
                        }
                    }));
        } catch (RuntimeException e) {
            log.warn("The webhook sweep failed", e);
        }
    }

    private void deliver(UUID generationId) {
        var claimedUntil = clock.instant().plus(settings.webhookTimeout().multipliedBy(3));
        int claimed = jdbc.sql("""
                UPDATE api_webhook SET claimed_until = ?
                WHERE generation_id = ? AND state = 'DUE' AND next_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)""")
                .params(claimedUntil.atOffset(ZoneOffset.UTC), generationId, now(), now()).update();
        if (claimed == 0) {
            return;
        }
        record Due(UUID keyId, String api, String url, int attempts, String keyName) {
        }
        var due = jdbc.sql("""
                        SELECT w.key_id, w.api, w.url, w.attempts, k.name AS key_name
                        FROM api_webhook w JOIN api_key k ON k.id = w.key_id WHERE w.generation_id = ?""")
                .param(generationId).query(Due.class).single();
        int attempt = due.attempts() + 1;
        var caller = keys.caller(due.keyId());
        if (caller.isEmpty()) {
            finish(generationId, attempt, null, "The API key was revoked or its member deactivated", 0, "GAVE_UP");
            return;
        }
        var body = asMember(caller.get(), () -> generations.find(GenerationId.of(generationId))
                .map(found -> json.writeValueAsBytes(replies.reply(ApiEndpoint.valueOf(due.api()), found))));
        if (body.isEmpty()) {
            finish(generationId, attempt, null, "The generation was deleted", 0, "GAVE_UP");
            return;
        }
        var sent = post(due.url(), generationId, attempt, body.get(), signer.secretFor(due.keyId()));
        boolean delivered = sent.status() != null && sent.status() >= 200 && sent.status() < 300;
        if (delivered || attempt >= settings.webhookAttempts()) {
            finish(generationId, attempt, sent.status(), sent.error(), sent.millis(), delivered ? "DELIVERED" : "GAVE_UP");
            if (!delivered) {
                events.publishEvent(new WebhookGivenUp(generationId, caller.get().member().memberId(), due.keyName(), due.url(),
                        attempt, sent.status(), sent.error()));
            }
            return;
        }
        var wait = wait(attempt);
        remember(generationId, attempt, sent.status(), sent.error(), sent.millis());
        jdbc.sql("UPDATE api_webhook SET attempts = ?, next_at = ?, claimed_until = NULL WHERE generation_id = ?")
                .params(attempt, clock.instant().plus(wait).atOffset(ZoneOffset.UTC), generationId).update();
        try {
            timer.schedule(() -> attempt(generationId), wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // this node is stopping: the retry stays due, and a node's sweep takes it up
        }
    }

    /** The wait after attempt {@code n}: 1, 2, 4 … times the first wait, at most a minute. */
    Duration wait(int attempt) {
        var wait = settings.webhookFirstWait().multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private record Sent(@Nullable Integer status, @Nullable String error, int millis) {
    }

    private Sent post(String url, UUID generationId, int attempt, byte[] body, String secret) {
        var problem = registry.problem(url);
        if (problem.isPresent()) {
            return new Sent(null, "Not a public address", 0);
        }
        var request = new Request.Builder().url(url)
                .header("User-Agent", "Atelier-Webhooks")
                .header("X-Atelier-Delivery", generationId + "/" + attempt)
                .header("X-Atelier-Event", "generation.ended")
                .header(WebhookSigner.HEADER, signer.header(secret, clock.instant().getEpochSecond(), body))
                .post(RequestBody.create(body, JSON))
                .build();
        long started = System.nanoTime();
        try (var response = client.newCall(request).execute()) {
            return new Sent(response.code(), response.isSuccessful() ? null : "HTTP " + response.code(), since(started));
        } catch (IOException e) {
            var reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Sent(null, reason.length() > 300 ? reason.substring(0, 300) : reason, since(started));
        }
    }

    private void finish(UUID generationId, int attempt, @Nullable Integer status, @Nullable String error, int millis,
                        String state) {
        remember(generationId, attempt, status, error, millis);
        jdbc.sql("""
                UPDATE api_webhook SET state = ?, attempts = ?, finished_at = ?, next_at = NULL, claimed_until = NULL
                WHERE generation_id = ?""")
                .params(state, attempt, now(), generationId).update();
    }

    private void remember(UUID generationId, int attempt, @Nullable Integer status, @Nullable String error, int millis) {
        jdbc.sql("""
                INSERT INTO api_webhook_attempt (id, generation_id, attempt, attempted_at, status, error, millis)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), generationId, attempt, now(), status, error, millis).update();
    }

    /** Works as the key's member, in their language (the replies' messages). */
    private <T> T asMember(ApiCaller caller, Supplier<T> work) {
        LocaleContextHolder.setLocale(caller.language().locale());
        try {
            return directory.as(caller.member(), work);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private List<InetAddress> publicOnly(String host) throws UnknownHostException {
        var addresses = Dns.SYSTEM.lookup(host);
        if (!registry.trusted(host) && addresses.stream().anyMatch(address -> !PublicAddresses.isPublic(address))) {
            throw new UnknownHostException(host + " is not a public address");
        }
        return addresses;
    }

    private java.time.OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static int since(long started) {
        return (int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

}
