package app.atelier.bench;

import app.atelier.PostgresAvailable;
import app.atelier.cluster.FreshDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * How long a node takes from its launch to {@code /actuator/health} UP ({@code mvn -DskipTests package &&
 * mvn -Pbench -DskipTests test -Dbench.main=app.atelier.bench.StartupBenchmark}): the production jar as it is, extracted ({@code -Djarmode=tools extract}), and extracted with
 * the JDK's AOT cache from a training run ({@code -XX:AOTCacheOutput}, {@code -Dspring.context.exit=onRefresh}),
 * on a fresh H2 data directory and on a fresh PostgreSQL database. Runs are interleaved, round after
 * round, and the medians compared ({@code -Dbench.rounds=5}): this machine is shared and noisy.
 */
public final class StartupBenchmark {

    private static final Pattern STARTED = Pattern.compile("Started Application in ([0-9.]+) seconds");

    private StartupBenchmark() {
    }

    private record Way(String name, List<String> javaOptions, Path jar) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 5);
        var work = Files.createDirectories(Path.of("target", "startup-bench")).toAbsolutePath();
        var jar = ProductionServer.jar();
        var extracted = extract(jar, work.resolve("extracted"));
        var cache = train(extracted, work.resolve("atelier.aot"));
        var ways = List.of(new Way("java -jar (as built)", List.of("-Xmx512m"), jar),
                new Way("extracted", List.of("-Xmx512m"), extracted),
                new Way("extracted + AOT cache", List.of("-Xmx512m", "-XX:AOTCache=" + cache), extracted));
        var databases = new ArrayList<>(List.of("H2"));
        if (PostgresAvailable.reachableNow()) {
            databases.add("PostgreSQL");
        }
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        Map<String, List<Double>> springSays = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (var database : databases) {
                for (int i = 0; i < ways.size(); i++) {
                    // each round starts with another way, so no way always runs on a warmer machine
                    var way = ways.get((i + round) % ways.size());
                    var key = database + " | " + way.name();
                    var took = startOnce(way, database);
                    seconds.computeIfAbsent(key, k -> new ArrayList<>()).add(took[0]);
                    springSays.computeIfAbsent(key, k -> new ArrayList<>()).add(took[1]);
                    System.out.printf(Locale.ROOT, "  round %d  %-40s %5.1f s%n", round + 1, key, took[0]);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nLaunch to healthy, %d rounds interleaved, %d cores (medians; Spring's own 'Started in' beside)%n",
                rounds, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  %-42s %8s %8s %8s %10s %8s%n", "", "median", "min", "max", "Spring", "/jar");
        for (var database : databases) {
            double anchor = median(seconds.get(database + " | " + ways.getFirst().name()));
            for (var way : ways) {
                var key = database + " | " + way.name();
                var all = seconds.get(key);
                System.out.printf(Locale.ROOT, "  %-42s %7.1fs %7.1fs %7.1fs %9.1fs %7.2fx%n", key, median(all),
                        all.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                        all.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), median(springSays.get(key)),
                        median(all) / anchor);
            }
        }
    }

    /** One start on a fresh data directory (and a fresh database): seconds to healthy, and what Spring said. */
    private static double[] startOnce(Way way, String database) throws Exception {
        FreshDatabase fresh = database.equals("PostgreSQL") ? FreshDatabase.create("atelier_start") : null;
        try {
            var environment = fresh == null ? Map.<String, String>of() : Map.of("SPRING_PROFILES_ACTIVE", "postgres",
                    "SPRING_DATASOURCE_URL", fresh.url(), "SPRING_DATASOURCE_USERNAME", PostgresAvailable.USER,
                    "SPRING_DATASOURCE_PASSWORD", PostgresAvailable.PASSWORD);
            var server = ProductionServer.launch("start", way.javaOptions(), way.jar(), environment);
            try {
                double took = server.awaitUp().toNanos() / 1e9;
                var said = STARTED.matcher(Files.readString(server.log()));
                return new double[] {took, said.find() ? Double.parseDouble(said.group(1)) : Double.NaN};
            } finally {
                server.close();
                deleteTree(server.dataDir());
            }
        } finally {
            if (fresh != null) {
                fresh.close();
            }
        }
    }

    /** The jar extracted as Spring Boot lays it out for a fast start: the application's jar and lib/ beside it. */
    static Path extract(Path jar, Path folder) throws Exception {
        deleteTree(folder);
        run(List.of(ProductionServer.java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", folder.toString()));
        try (var found = Files.list(folder)) {
            return found.filter(file -> file.getFileName().toString().endsWith(".jar")).findFirst().orElseThrow();
        }
    }

    /** The AOT cache of a training run: the application started on a fresh H2 data directory, then stopped once refreshed. */
    static Path train(Path extracted, Path cache) throws Exception {
        Files.deleteIfExists(cache);
        var dataDir = Files.createTempDirectory(extracted.getParent(), "training-");
        long start = System.nanoTime();
        run(List.of(ProductionServer.java(), "-Xmx512m", "-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh",
                "--enable-native-access=ALL-UNNAMED", "-jar", extracted.toString(), "--server.port=0", "--atelier.data-dir=" + dataDir));
        System.out.printf(Locale.ROOT, "Training run and AOT cache: %.0f s, %d MB%n", (System.nanoTime() - start) / 1e9,
                Files.size(cache) / 1_048_576);
        deleteTree(dataDir);
        return cache;
    }

    private static void run(List<String> command) throws Exception {
        var log = Files.createTempFile("startup-bench", ".log");
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(log));
        }
        Files.delete(log);
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var all = Files.walk(folder)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
