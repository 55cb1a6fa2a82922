package app.atelier.provider;

import app.atelier.media.ImageConstraints;
import app.atelier.media.ImageFormat;
import app.atelier.shared.CreditCurrency;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A vendor whose answers a test writes: it takes AI videos for 1 video credit, calls back, is polled
 * in batches of five, and can be cancelled. What it says of a generation is whatever the test last
 * {@link #report reported}; what its next submissions answer can be scripted with {@link #onNextSubmit}.
 * It is in every test context; tests {@link #reset} it.
 */
@Component
public class ScriptedProvider implements Provider {

    public static final String ID = "scripted";
    private volatile boolean keyRefused;
    private static final Pattern ID_IN_BODY = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final Map<String, VendorStatus> statuses = new ConcurrentHashMap<>();
    private final List<SubmitRequest> submitted = new CopyOnWriteArrayList<>();
    private final List<List<String>> polled = new CopyOnWriteArrayList<>();
    private final List<String> cancelled = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Function<SubmitRequest, SubmitOutcome>> nextSubmits = new ConcurrentLinkedQueue<>();
    private final AtomicInteger tasks = new AtomicInteger();
    private volatile int maxInFlight;
    private volatile int cost = 1;
    private volatile boolean available = true;
    private volatile Duration deadline = Duration.ofMinutes(30);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "provider.local";
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(Set.of(GenerationKind.AI_VIDEO), List.of(OptionSpec.text("prompt", true, 200).labelled("option.label.prompt", null)), 1,
                new ImageConstraints(EnumSet.allOf(ImageFormat.class), 1, 100_000, Long.MAX_VALUE, true),
                new Cost(CreditCurrency.VIDEO, cost), Completion.CALLBACK, maxInFlight, 5, Duration.ZERO,
                Duration.ofSeconds(1), deadline, true, false);
    }

    @Override
    public SubmitOutcome submit(SubmitRequest request) {
        submitted.add(request);
        var scripted = nextSubmits.poll();
        if (scripted != null) {
            return scripted.apply(request);
        }
        var vendorId = "task-" + tasks.incrementAndGet();
        statuses.put(vendorId, new VendorStatus.Running(0, null, "pending"));
        return new SubmitOutcome.Accepted(vendorId, new VendorStatus.Running(0, null, "pending"));
    }

    @Override
    public Map<String, VendorStatus> poll(List<String> vendorIds) {
        polled.add(List.copyOf(vendorIds));
        if (keyRefused) {
            throw new ProviderException(new ProviderError(ErrorCode.AUTH, "HTTP 401 unauthorized: key revoked"), false);
        }
        var answer = new HashMap<String, VendorStatus>();
        vendorIds.forEach(id -> Optional.ofNullable(statuses.get(id)).ifPresent(status -> answer.put(id, status)));
        return answer;
    }

    @Override
    public Optional<String> vendorIdInWebhook(byte[] body) {
        var matcher = ID_IN_BODY.matcher(new String(body, StandardCharsets.UTF_8));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    @Override
    public CancelOutcome cancel(String vendorId) {
        cancelled.add(vendorId);
        statuses.put(vendorId, new VendorStatus.Cancelled());
        return CancelOutcome.CANCELLED;
    }

    /** What the vendor will say of {@code vendorId} from now on. */
    public void report(String vendorId, VendorStatus status) {
        statuses.put(vendorId, status);
    }

    public void onNextSubmit(Function<SubmitRequest, SubmitOutcome> answer) {
        nextSubmits.add(answer);
    }

    public List<SubmitRequest> submitted() {
        return Collections.unmodifiableList(submitted);
    }

    public List<List<String>> polled() {
        return new ArrayList<>(polled);
    }

    public List<String> cancelled() {
        return List.copyOf(cancelled);
    }

    public void limitInFlight(int limit) {
        this.maxInFlight = limit;
    }

    public void costs(int credits) {
        this.cost = credits;
    }

    public void deadline(Duration deadline) {
        this.deadline = deadline;
    }

    /** Whether status calls are refused for the key (revoked while generations run). */
    public void refuseKey(boolean refused) {
        this.keyRefused = refused;
    }

    @Override
    public Optional<String> accountKey() {
        return Optional.of(ID);
    }

    public void reset() {
        keyRefused = false;
        deadline = Duration.ofMinutes(30);
        statuses.clear();
        submitted.clear();
        polled.clear();
        cancelled.clear();
        nextSubmits.clear();
        maxInFlight = 0;
        cost = 1;
        available = true;
    }

    /** Whether it takes generations, as a vendor with or without a key. */
    public void available(boolean available) {
        this.available = available;
    }

    @Override
    public boolean available() {
        return available;
    }
}
