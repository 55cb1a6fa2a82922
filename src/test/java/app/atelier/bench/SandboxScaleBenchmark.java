package app.atelier.bench;

import app.atelier.generation.GenerationRequest;
import app.atelier.provider.GenerationKind;
import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * 1,000 generations in flight against the sandbox ({@code mvn -Pbench -DskipTests test
 * -Dbench.main=app.atelier.journey.SandboxScaleBenchmark}): 500 IA Créa animations (called back),
 * 450 Wan 2.5 videos (polled: no https callback) and 50 Luma videos (five at a time, called back and
 * polled in batches), from five photos, each simulated generation taking 5 s. It prints how long
 * they took, how many ended how, each vendor's busiest ten seconds against its pace, and the
 * application's CPU time per completed generation ({@code BENCH_SCALE=10} in the environment for a
 * tenth of it).
 */
public final class SandboxScaleBenchmark {

    private SandboxScaleBenchmark() {
    }

    /** Notes when each request reaches each simulated vendor. */
    public static final class Requests {

        static final Map<String, ConcurrentLinkedQueue<Long>> SEEN = new ConcurrentHashMap<>();

        @Bean
        FilterRegistrationBean<Filter> sandboxRequests() {
            Filter filter = (request, response, chain) -> {
                var path = ((jakarta.servlet.http.HttpServletRequest) request).getRequestURI();
                var parts = path.split("/");
                // what a vendor would count against a key: every call but the result downloads and the balance
                if (parts.length > 2 && parts[1].equals("sandbox") && !parts[2].equals("files") && !path.contains("credit")) {
                    SEEN.computeIfAbsent(parts[2], vendor -> new ConcurrentLinkedQueue<>()).add(System.nanoTime());
                }
                chain.doFilter(request, response);
            };
            var registration = new FilterRegistrationBean<>(filter);
            registration.addUrlPatterns("/sandbox/*");
            return registration;
        }
    }

    public static void main(String[] args) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var app = BenchApp.start("scale", 10_000, List.of(Requests.class), "--server.port=" + port,
                "--atelier.public-url=http://127.0.0.1:" + port, "--atelier.sandbox.duration=5s", "--atelier.sandbox.tick=250ms",
                "--atelier.jobs.fastest-poll=5s", "--atelier.jobs.threads=16");
        try {
            var jdbc = app.jdbc();
            var project = app.project(5);
            var photos = app.photosOf(project);
            var cpu = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = cpu.getProcessCpuTime();
            var start = Instant.now();
            var motions = List.of("ZOOM_IN", "ZOOM_OUT", "PAN_LEFT", "PAN_RIGHT");
            int scale = Integer.parseInt(System.getenv().getOrDefault("BENCH_SCALE", "100"));
            for (int i = 0; i < scale; i++) {
                app.submit(new GenerationRequest(project, photos, "iacrea-animation", GenerationKind.CAMERA_MOTION,
                        Map.of("motion", motions.get(i % motions.size()), "format", "LANDSCAPE")));
            }
            for (int i = 0; i < scale * 9 / 10; i++) {
                app.submit(new GenerationRequest(project, photos, "evolink-wan", GenerationKind.AI_VIDEO,
                        Map.of("prompt", "Un drone survole la villa")));
            }
            for (int i = 0; i < scale / 10; i++) {
                app.submit(new GenerationRequest(project, photos, "luma", GenerationKind.AI_VIDEO,
                        Map.of("prompt", "Travelling vers la terrasse")));
            }

            long total = 5L * (scale + scale * 9 / 10 + scale / 10);
            long ended = 0;
            var deadline = start.plus(Duration.ofMinutes(25));
            while (ended < total && Instant.now().isBefore(deadline)) {
                Thread.sleep(10_000);
                ended = jdbc.sql("SELECT COUNT(*) FROM generation WHERE state IN ('SUCCEEDED', 'FAILED', 'CANCELLED')")
                        .query(Long.class).single();
                System.out.printf(Locale.ROOT, "  %4d s: %d of %d ended%n", Duration.between(start, Instant.now()).toSeconds(), ended, total);
            }
            var took = Duration.between(start, Instant.now());
            long cpuUsed = cpu.getProcessCpuTime() - cpuBefore;
            long succeeded = jdbc.sql("SELECT COUNT(*) FROM generation WHERE state = 'SUCCEEDED'").query(Long.class).single();
            var byProvider = jdbc.sql("SELECT provider_id || ' ' || state || ' ' || COUNT(*) FROM generation GROUP BY provider_id, state")
                    .query(String.class).list();
            System.out.printf(Locale.ROOT, "%n%d generations against the sandbox (5 s each)%n", total);
            System.out.printf(Locale.ROOT, "  all ended in   %d s; %d succeeded%n", took.toSeconds(), succeeded);
            byProvider.forEach(line -> System.out.println("    " + line));
            pace("iacrea", Duration.ofMillis(100));
            pace("evolink", Duration.ofMillis(100));
            pace("luma", Duration.ofSeconds(1));
            System.out.printf(Locale.ROOT, "  CPU            %.1f ms of the application per completed generation (%.0f s in all, %d cores)%n%n",
                    cpuUsed / 1e6 / Math.max(1, succeeded), cpuUsed / 1e9, Runtime.getRuntime().availableProcessors());
        } finally {
            app.close();
        }
    }


    /**
     * A vendor's busiest ten seconds, in requests per second, against its pace (one node, one key), and
     * the smallest gap between two arrivals (arrivals jitter: a request sent on time may be read late).
     */
    private static void pace(String vendor, Duration interval) {
        var times = new ArrayList<>(Requests.SEEN.getOrDefault(vendor, new ConcurrentLinkedQueue<>()));
        Collections.sort(times);
        long window = Duration.ofSeconds(10).toNanos();
        int busiest = 0;
        int first = 0;
        long smallest = Long.MAX_VALUE;
        for (int last = 0; last < times.size(); last++) {
            while (times.get(last) - times.get(first) >= window) {
                first++;
            }
            busiest = Math.max(busiest, last - first + 1);
            if (last > 0) {
                smallest = Math.min(smallest, times.get(last) - times.get(last - 1));
            }
        }
        // n requests at the pace span n - 1 intervals
        double rate = Math.max(0, busiest - 1) / 10.0;
        double allowed = 1e9 / interval.toNanos();
        System.out.printf(Locale.ROOT, "  %-8s %6d requests, busiest 10 s at %.1f/s (pace %.1f/s): %s; smallest gap between arrivals %s ms%n",
                vendor, times.size(), rate, allowed, rate <= allowed * 1.05 ? "kept" : "NOT kept",
                smallest == Long.MAX_VALUE ? "-" : String.format(Locale.ROOT, "%.1f", smallest / 1e6));
    }
}
