package app.atelier.bench;

import app.atelier.generation.GenerationRequest;
import app.atelier.journey.Chromium;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.ScriptedProvider;
import app.atelier.provider.VendorStatus;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Webhook received → browser updated, measured 100 times ({@code mvn -Pbench -DskipTests test
 * -Dbench.main=app.atelier.journey.PushLatencyBenchmark}). A real Chromium shows a project with
 * three generations at a vendor (the scripted one, which answers at once) whose regular polls are an hour
 * apart, so only webhooks move them. Each run tells the vendor a card's new progress, posts the webhook from the page itself
 * and times, on the page's own clock, until the card's progress label shows it. The anchor, in the
 * same run, is the page's round trip to a trivial endpoint of the same server. Target: p95 ≤ 150 ms.
 */
public final class PushLatencyBenchmark {

    private static final int WARM_UP = 15;
    private static final int RUNS = 100;
    private static final int CARDS = 3;

    private PushLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var app = BenchApp.start("push", 10, List.of(), "--server.port=0", "--atelier.jobs.fastest-poll=1h");
        var chromium = new Chromium();
        try {
            int port = app.port();
            var jdbc = app.jdbc();
            var member = app.member();
            var project = app.project(CARDS);
            var vendor = app.bean(ScriptedProvider.class);
            var generations = app.submit(new GenerationRequest(project, app.photosOf(project), ScriptedProvider.ID,
                    GenerationKind.AI_VIDEO, Map.of("prompt", "Vue du jardin")));
            var vendorIds = new ArrayList<String>();
            var webhooks = new ArrayList<String>();
            for (var generation : generations) {
                String vendorId = null;
                for (int wait = 0; wait < 200 && vendorId == null; wait++) {
                    Thread.sleep(50);
                    vendorId = jdbc.sql("SELECT vendor_id FROM generation WHERE id = ? AND state = 'RUNNING'")
                            .param(generation).query(String.class).optional().orElse(null);
                }
                if (vendorId == null) {
                    throw new IllegalStateException("The generation never reached the vendor");
                }
                jdbc.sql("UPDATE generation SET next_poll_at = ? WHERE id = ?")
                        .params(OffsetDateTime.now(ZoneOffset.UTC).plusDays(1), generation).update();
                String id = vendorId;
                vendorIds.add(id);
                webhooks.add(vendor.submitted().stream().filter(request -> request.generationId().equals(generation))
                        .findFirst().orElseThrow().callbackUrl().getPath());
            }

            chromium.beforeAll(null);
            var page = chromium.newPage("fr-FR", 1440, 900);
            Chromium.signIn(page, port, member.getUsername());
            page.navigate("http://localhost:" + port + "/projects/" + project);
            for (var generation : generations) {
                page.locator("[data-generation='" + generation + "'] .generation-progress-label").waitFor();
            }

            // progress only moves forward, so the runs take turns on the cards, two points further each time
            var pushed = new ArrayList<Double>();
            var anchor = new ArrayList<Double>();
            for (int run = 0; run < WARM_UP + RUNS; run++) {
                int card = run % CARDS;
                int percent = 2 * (run / CARDS + 1);
                vendor.report(vendorIds.get(card), new VendorStatus.Running(percent, null, "processing"));
                double latency = ((Number) page.evaluate(MEASURE, Map.of("path", webhooks.get(card),
                        "vendor", vendorIds.get(card), "card", generations.get(card).toString(),
                        "expected", "· " + percent + " %"))).doubleValue();
                double roundTrip = ((Number) page.evaluate(ROUND_TRIP)).doubleValue();
                if (run >= WARM_UP) {
                    pushed.add(latency);
                    anchor.add(roundTrip);
                }
            }
            report(pushed, anchor);
            page.context().close();
        } finally {
            chromium.afterAll(null);
            app.close();
        }
    }

    /** Posts the webhook from the page and resolves with the ms until the progress label shows {@code expected}. */
    private static final String MEASURE = """
            ({path, vendor, card, expected}) => new Promise((resolve, reject) => {
              const label = () => document.querySelector(`[data-generation='${card}'] .generation-progress-label`);
              const start = performance.now();
              const done = () => label() && label().textContent.replace(/\s/g, ' ').includes(expected);
              const observer = new MutationObserver(() => {
                if (done()) { observer.disconnect(); resolve(performance.now() - start); }
              });
              observer.observe(document.body, {subtree: true, childList: true, characterData: true});
              setTimeout(() => { observer.disconnect(); reject(new Error('no update for ' + expected)); }, 10000);
              fetch(path, {method: 'POST', headers: {'Content-Type': 'application/json'},
                           body: JSON.stringify({id: vendor, status: 'processing'})});
            })""";

    /** The anchor: a round trip from the page to a trivial endpoint of the same server. */
    private static final String ROUND_TRIP = """
            async () => {
              const start = performance.now();
              await fetch('/actuator/health', {cache: 'no-store'});
              return performance.now() - start;
            }""";

    private static void report(List<Double> pushed, List<Double> anchor) {
        double p50 = percentile(pushed, 50);
        double p95 = percentile(pushed, 95);
        double anchor50 = percentile(anchor, 50);
        double anchor95 = percentile(anchor, 95);
        System.out.printf(Locale.ROOT, "%nWebhook received -> browser updated, %d runs (after %d to warm up)%n", pushed.size(), WARM_UP);
        System.out.printf(Locale.ROOT, "  push   p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms%n", p50, p95, percentile(pushed, 100));
        System.out.printf(Locale.ROOT, "  anchor p50 %6.1f ms   p95 %6.1f ms   (page -> /actuator/health -> page)%n", anchor50, anchor95);
        System.out.printf(Locale.ROOT, "  ratio  p50 %6.1fx     p95 %6.1fx%n", p50 / anchor50, p95 / anchor95);
        System.out.printf(Locale.ROOT, "  target p95 <= 150 ms: %s%n%n", p95 <= 150 ? "met" : "NOT met");
    }

    private static double percentile(List<Double> values, int percent) {
        var sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
