package io.katanaluca.bench;

import io.katanaluca.bench.ScenarioResult.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the scenarios of issue 6, each catalogue size in its own fresh processes: a first full
 * sync, an immediate second run, and an incremental run after 1% of the variants changed; then
 * a fresh full sync under API load, the opt-in 100,000 variants with a small heap, and the sales
 * invoices of delivered orders after their master data.
 */
final class BenchmarkRunner {

    private final BenchmarkOptions options;
    private final Path workDir;
    private final List<ScenarioResult> results = new ArrayList<>();
    private final List<InvoiceResult> invoiceResults = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    BenchmarkRunner(BenchmarkOptions options, Path workDir) {
        this.options = options;
        this.workDir = workDir;
    }

    List<ScenarioResult> results() {
        return results;
    }

    List<InvoiceResult> invoiceResults() {
        return invoiceResults;
    }

    /** Sizes that could not be measured, with the reason. */
    List<String> problems() {
        return problems;
    }

    void runAll() throws InterruptedException {
        for (int size : options.sizes()) {
            guarded(size + " variants", () -> threeRuns(size));
        }
        int loaded = options.apiLoadVariants();
        if (loaded > 0) {
            guarded(loaded + " variants", () -> underApiLoad(loaded));
        }
        if (options.with100k()) {
            guarded("100000 variants", this::hundredThousand);
        }
        int orders = options.invoices();
        if (orders > 0) {
            guarded(orders + " sales invoices", () -> salesInvoices(orders));
        }
    }

    private void salesInvoices(int orders) throws Exception {
        try (Environment environment = Environment.startWithOrders(options, orders, options.serviceXmx(), workDir.resolve(orders + "-invoices"))) {
            environment.syncMasterData();
            InvoiceResult result = environment.invoiceRun(orders);
            invoiceResults.add(result);
            System.out.println(Progress.line(result));
        }
    }

    private void threeRuns(int size) throws Exception {
        try (Environment environment = Environment.start(options, size, options.serviceXmx(), workDir.resolve(size + "-runs"))) {
            record(environment.run(Scenario.FIRST_FULL, environment.fullRun(environment.variants(), true), 0));
            record(environment.run(Scenario.SECOND, environment.fullRun(0, false), 0));
            RunWork changes = environment.changeOnePercent();
            record(environment.run(Scenario.INCREMENTAL, changes, 0));
        }
    }

    private void underApiLoad(int size) throws Exception {
        try (Environment environment = Environment.start(options, size, options.serviceXmx(), workDir.resolve(size + "-api-load"))) {
            record(environment.run(Scenario.UNDER_API_LOAD, environment.fullRun(environment.variants(), true), options.apiLoadClients()));
        }
    }

    private void hundredThousand() throws Exception {
        try (Environment environment = Environment.start(options, 100_000, options.bigXmx(), workDir.resolve("100000-runs"))) {
            record(environment.run(Scenario.FIRST_FULL, environment.fullRun(environment.variants(), true), 0));
        }
    }

    private void record(ScenarioResult result) {
        results.add(result);
        System.out.println(Progress.line(result));
    }

    private void guarded(String what, Step step) throws InterruptedException {
        try {
            step.run();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            String problem = what + ": " + e.getMessage();
            problems.add(problem);
            System.err.println("FAILED " + problem);
            e.printStackTrace();
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}
