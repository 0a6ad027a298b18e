package io.katanaluca.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The benchmark's command line, {@code --key=value}; see {@link #HELP}. */
record BenchmarkOptions(Map<String, String> values) {

    static final String HELP = """
            java -jar benchmarks/target/benchmarks.jar [--key=value ...]   (or benchmarks/run.sh [--key=value ...])
              --sizes=100,1000,10000     catalogue sizes (variants): first full sync, immediate second run, incremental after 1% changed
                                         (empty: none, e.g. to measure only the API load or 100,000)
              --with-100k=false          also a first full sync of 100,000 variants with the service at --big-xmx (takes ~20 min or more)
              --api-load=true            p50/p99 of the job (and dashboard) endpoints with --api-load-clients clients during a fresh
                                         full sync of --api-load-variants (default 10000, run only when 10000 is among --sizes)
              --api-load-clients=20      --api-load-variants=10000
              --invoices=1000            delivered sales orders invoiced (SALES_INVOICE) in fresh processes after the products and
                                         customers of their catalogue were synced (0: none)
              --luca-latency-ms=50  --katana-latency-ms=100  --katana-requests=60  --katana-period-s=60
              --parallelism=5  --page-size=250  --seed=42
              --service-xmx=512m  --big-xmx=256m  --simulators-xmx=1g
              --service-jar=sync-service/target/sync-service.jar
              --service-args="--some.property=value ..."   extra arguments for the service
              --service-jvm-args="-XX:StartFlightRecording=filename=x.jfr ..."   extra JVM options for the service (e.g. a profile)
              --report=BENCHMARKS.md  --chart=docs/benchmark.png  --work-dir=<a new temporary directory>
              --note="..."               a sentence added to the report (e.g. what else ran on the machine)
            """;

    private static final Set<String> KEYS = Set.of("sizes", "with-100k", "api-load", "api-load-clients", "api-load-variants",
            "invoices", "luca-latency-ms", "katana-latency-ms", "katana-requests", "katana-period-s", "parallelism", "page-size", "seed",
            "service-xmx", "big-xmx", "simulators-xmx", "service-jar", "service-args", "service-jvm-args", "report", "chart", "work-dir", "note");

    static BenchmarkOptions parse(String[] args) {
        return new BenchmarkOptions(keyValues(args, KEYS));
    }

    /** {@code --key=value} arguments; an unknown key is refused with the list of known ones. */
    static Map<String, String> keyValues(String[] args, Set<String> known) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String key = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : "";
            if (!known.contains(key)) {
                throw new IllegalArgumentException("Unknown option '" + arg + "'; known: --" + String.join(", --", known.stream().sorted().toList()));
            }
            values.put(key, arg.substring(equals + 1));
        }
        return values;
    }

    LatencyProfile profile() {
        return new LatencyProfile(Duration.ofMillis(number("luca-latency-ms", 50)), Duration.ofMillis(number("katana-latency-ms", 100)),
                number("katana-requests", 60), Duration.ofSeconds(number("katana-period-s", 60)), number("parallelism", 5),
                number("page-size", 250));
    }

    List<Integer> sizes() {
        return Arrays.stream(text("sizes", "100,1000,10000").split(",")).map(String::trim).filter(size -> !size.isEmpty())
                .map(Integer::valueOf).toList();
    }

    boolean with100k() {
        return flag("with-100k", false);
    }

    /** The catalogue size of the API load run, or 0 for none. */
    int apiLoadVariants() {
        if (!flag("api-load", true)) {
            return 0;
        }
        return values.containsKey("api-load-variants") ? number("api-load-variants", 10_000) : sizes().contains(10_000) ? 10_000 : 0;
    }

    /** Delivered orders of the sales-invoice run, or 0 for none. */
    int invoices() {
        return number("invoices", 1_000);
    }

    int apiLoadClients() {
        return number("api-load-clients", 20);
    }

    long seed() {
        return number("seed", 42);
    }

    String serviceXmx() {
        return text("service-xmx", "512m");
    }

    String bigXmx() {
        return text("big-xmx", "256m");
    }

    String simulatorsXmx() {
        return text("simulators-xmx", "1g");
    }

    String serviceJar() {
        return text("service-jar", "sync-service/target/sync-service.jar");
    }

    List<String> serviceArgs() {
        return words("service-args");
    }

    List<String> serviceJvmArgs() {
        return words("service-jvm-args");
    }

    private List<String> words(String key) {
        String words = text(key, "").trim();
        return words.isEmpty() ? List.of() : List.of(words.split("\\s+"));
    }

    Path report() {
        return Path.of(text("report", "BENCHMARKS.md"));
    }

    Path chart() {
        return Path.of(text("chart", "docs/benchmark.png"));
    }

    String workDir() {
        return values.get("work-dir");
    }

    String note() {
        return text("note", "");
    }

    /** The java that runs the benchmark runs the service and the simulators too. */
    String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** This jar: the simulators process is started from it. */
    String benchmarkJar() {
        return System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0];
    }

    private String text(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    private int number(String key, int fallback) {
        try {
            return values.containsKey(key) ? Integer.parseInt(values.get(key).trim()) : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " must be a whole number: " + values.get(key), e);
        }
    }

    private boolean flag(String key, boolean fallback) {
        String value = values.getOrDefault(key, String.valueOf(fallback)).trim();
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("--" + key + " must be true or false: " + value);
        }
        return Boolean.parseBoolean(value);
    }
}
