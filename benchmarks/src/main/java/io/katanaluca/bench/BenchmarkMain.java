package io.katanaluca.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * {@code java -jar benchmarks.jar [--key=value ...]} runs the benchmark and appends its section to
 * BENCHMARKS.md; {@code java -jar benchmarks.jar simulators ...} is the simulators process it starts.
 */
public final class BenchmarkMain {

    private static final Set<String> SIMULATOR_KEYS = Set.of("variants", "seed", "ids-file", "katana-latency-ms", "luca-latency-ms",
            "katana-requests", "katana-period-s", "sales-orders");

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (args.length > 0 && args[0].equals("simulators")) {
            SimulatorsLauncher.main(BenchmarkOptions.keyValues(java.util.Arrays.copyOfRange(args, 1, args.length), SIMULATOR_KEYS));
            return;
        }
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.print(BenchmarkOptions.HELP);
            return;
        }
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(BenchmarkOptions.HELP);
            System.exit(2);
            return;
        }
        run(options, "java -jar benchmarks/target/benchmarks.jar " + java.util.Arrays.stream(args)
                .map(arg -> arg.contains(" ") ? "'" + arg + "'" : arg).collect(java.util.stream.Collectors.joining(" ")));
    }

    private static void run(BenchmarkOptions options, String command) throws Exception {
        if (!Files.isRegularFile(Path.of(options.serviceJar()))) {
            throw new IllegalStateException("No service jar at " + options.serviceJar() + "; build it first: ./mvnw -q -B -DskipTests package");
        }
        Machine machine = Machine.describe();
        Path workDir = options.workDir() == null ? Files.createTempDirectory("katana-luca-bench") : Files.createDirectories(Path.of(options.workDir()));
        System.out.println("Benchmark on commit " + machine.commit() + "; " + options.profile().describe() + "; logs under " + workDir);
        BenchmarkRunner runner = new BenchmarkRunner(options, workDir);
        runner.runAll();
        if (runner.results().isEmpty() && runner.invoiceResults().isEmpty()) {
            throw new IllegalStateException("Nothing was measured: " + runner.problems());
        }
        if (TimeChart.hasSizes(runner.results())) {
            TimeChart.write(runner.results(), options.chart());
        }
        Path reportDir = options.report().toAbsolutePath().getParent();
        Path chartLink = reportDir.relativize(options.chart().toAbsolutePath());
        String section = new MarkdownReport(machine, options.profile(), command, options.note(), runner.results(), runner.invoiceResults(),
                runner.problems()).render(chartLink);
        appendTo(options.report(), section);
        System.out.println("Appended to " + options.report() + "; chart " + options.chart());
    }

    private static void appendTo(Path report, String section) throws java.io.IOException {
        if (!Files.exists(report)) {
            Files.writeString(report, "# Benchmarks\n\nHow to reproduce: see README.md, section Benchmarks.\n\n", StandardCharsets.UTF_8);
        }
        Files.writeString(report, section, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
