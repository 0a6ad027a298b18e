package io.katanaluca.bench;

import io.katanaluca.bench.ScenarioResult.Scenario;
import io.katanaluca.bench.ServiceApi.RunOutcome;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A fresh pair of processes for one catalogue size: the simulators, and the service on an empty database. */
final class Environment implements AutoCloseable {

    private static final Duration MINIMUM_TIMEOUT = Duration.ofMinutes(10);
    private static final BigDecimal CHANGED_PRICE = new BigDecimal("7777.77");

    private final BenchmarkOptions options;
    private final String xmx;
    private final SimulatorsProcess simulators;
    private final ServiceProcess service;
    private final MemoryProbe memory;
    private final ServiceApi api;

    private Environment(BenchmarkOptions options, String xmx, SimulatorsProcess simulators, ServiceProcess service) {
        this.options = options;
        this.xmx = xmx;
        this.simulators = simulators;
        this.service = service;
        this.memory = new MemoryProbe(service.pid(), service.gcLog());
        this.api = new ServiceApi(service.baseUrl());
    }

    static Environment start(BenchmarkOptions options, int variants, String xmx, Path dir) throws Exception {
        return start(options, variants, 0, xmx, dir);
    }

    /** The simulators with a catalogue of exactly {@code deliveredOrders} delivered orders (see {@link InvoiceCatalogue}). */
    static Environment startWithOrders(BenchmarkOptions options, int deliveredOrders, String xmx, Path dir) throws Exception {
        return start(options, 0, deliveredOrders, xmx, dir);
    }

    private static Environment start(BenchmarkOptions options, int variants, int deliveredOrders, String xmx, Path dir) throws Exception {
        Files.createDirectories(dir);
        SimulatorsProcess simulators = SimulatorsProcess.start(options, variants, deliveredOrders, dir);
        try {
            return new Environment(options, xmx, simulators, ServiceProcess.start(options, simulators, xmx, dir));
        } catch (Exception e) {
            simulators.close();
            throw e;
        }
    }

    int products() {
        return simulators.products();
    }

    int variants() {
        return simulators.variants();
    }

    Path serviceLog() {
        return service.log();
    }

    /** The work of a full run over the whole catalogue. */
    RunWork fullRun(int writes, boolean needsLogin) {
        return new RunWork(options.profile().katanaPagesFor(products()), writes, needsLogin);
    }

    /** Changes the sales price of every 100th variant in Katana; returns the work an incremental run then has. */
    RunWork changeOnePercent() {
        List<Long> ids = simulators.variantIds();
        Set<Long> products = new HashSet<>();
        int changed = 0;
        for (int i = 0; i < ids.size(); i += 100) {
            products.add(simulators.changeSalesPrice(ids.get(i), CHANGED_PRICE));
            changed++;
        }
        return new RunWork(options.profile().katanaPagesFor(products.size()), changed, false);
    }

    ScenarioResult run(Scenario scenario, RunWork work, int apiClients) throws InterruptedException {
        Counts before = simulators.counts();
        memory.reset();
        Instant requested = Instant.now();
        String jobId = api.start(scenario.mode());
        ApiLoad load = apiClients > 0 ? ApiLoad.start(apiClients, loadEndpoints(jobId)) : null;
        LowerBound bound = LowerBound.of(options.profile(), work);
        RunOutcome outcome = api.awaitEnd(jobId, max(MINIMUM_TIMEOUT, bound.total().multipliedBy(5)));
        Instant ended = outcome.hasEnded() ? outcome.endedAt() : Instant.now();
        Map<String, LatencyStats> latencies = load == null ? Map.of() : load.stop();
        MemoryProbe.Peaks peaks = memory.peaks();
        Counts cost = simulators.counts().minus(before);
        return new ScenarioResult(scenario, variants(), products(), xmx, work, bound, CSharpPacing.of(options.profile(), work), outcome,
                Duration.between(requested, ended), cost, peaks, apiClients, latencies);
    }

    /** Products, then customers, each a full run that must succeed: what an invoice needs in Luca first. Not measured. */
    void syncMasterData() throws InterruptedException {
        for (String type : List.of("PRODUCT", "CUSTOMER")) {
            RunOutcome outcome = api.awaitEnd(api.start(type, "FULL"), MINIMUM_TIMEOUT);
            if (!"SUCCESS".equals(outcome.status())) {
                throw new IllegalStateException("The " + type + " run before the invoices ended " + outcome.status() + ": " + outcome.errorMessage());
            }
        }
    }

    /** A full SALES_INVOICE run over the catalogue's {@code orders} delivered orders, none invoiced yet. */
    InvoiceResult invoiceRun(int orders) throws InterruptedException {
        Counts before = simulators.counts();
        LowerBound bound = LowerBound.ofInvoices(options.profile(), orders);
        Instant requested = Instant.now();
        String jobId = api.start("SALES_INVOICE", "FULL");
        RunOutcome outcome = api.awaitEnd(jobId, max(MINIMUM_TIMEOUT, bound.total().multipliedBy(10)));
        Instant ended = outcome.hasEnded() ? outcome.endedAt() : Instant.now();
        Counts cost = simulators.counts().minus(before);
        List<String> held = simulators.invoiceTrackingNumbers();
        return new InvoiceResult(orders, outcome, Duration.between(requested, ended), cost, held.size(), new HashSet<>(held).size(), bound);
    }

    private Map<String, String> loadEndpoints(String jobId) {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("GET /api/sync/job/{id}", api.jobUrl(jobId));
        if (api.hasDashboardSummary()) {
            endpoints.put("GET /api/sync/dashboard/summary", api.dashboardSummaryUrl());
        }
        return endpoints;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public void close() {
        memory.close();
        try {
            service.close();
        } finally {
            simulators.close();
        }
    }
}
