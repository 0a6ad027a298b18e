package io.katanaluca.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The simulators process, seen from the benchmark: its URLs, credentials and variant ids, and its admin endpoints. */
final class SimulatorsProcess implements AutoCloseable {

    private final ChildProcess process;
    private final Map<String, String> ready;
    private final List<Long> variantIds;
    private final Http http = Http.anonymous();

    private SimulatorsProcess(ChildProcess process, Map<String, String> ready, List<Long> variantIds) {
        this.process = process;
        this.ready = ready;
        this.variantIds = variantIds;
    }

    static SimulatorsProcess start(BenchmarkOptions options, int variants, Path dir) throws InterruptedException {
        return start(options, variants, 0, dir);
    }

    /** With {@code deliveredOrders} above 0, a catalogue of that many delivered orders (and its own products) instead. */
    static SimulatorsProcess start(BenchmarkOptions options, int variants, int deliveredOrders, Path dir) throws InterruptedException {
        LatencyProfile profile = options.profile();
        Path ids = dir.resolve("variant-ids.txt");
        List<String> command = List.of(options.java(), "-Xmx" + options.simulatorsXmx(), "-jar", options.benchmarkJar(), "simulators",
                "--variants=" + variants, "--seed=" + options.seed(), "--ids-file=" + ids,
                "--katana-latency-ms=" + profile.katanaLatency().toMillis(), "--luca-latency-ms=" + profile.lucaLatency().toMillis(),
                "--katana-requests=" + profile.katanaRequests(), "--katana-period-s=" + profile.katanaPeriod().toSeconds(),
                "--sales-orders=" + deliveredOrders);
        ChildProcess process = ChildProcess.start("simulators", command, Map.of(), dir.resolve("simulators.log"));
        try {
            Map<String, String> ready = process.await("READY", Duration.ofMinutes(5), () -> readyLine(process.log()));
            return new SimulatorsProcess(process, ready, Files.readAllLines(ids).stream().map(Long::valueOf).toList());
        } catch (IOException | RuntimeException e) {
            process.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private static Optional<Map<String, String>> readyLine(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> line.startsWith(SimulatorsLauncher.READY + " "))
                    .findFirst().map(line -> Arrays.stream(line.split(" ")).skip(1).map(pair -> pair.split("=", 2))
                            .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1])));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    String get(String key) {
        return ready.get(key);
    }

    int products() {
        return Integer.parseInt(ready.get("products"));
    }

    int variants() {
        return Integer.parseInt(ready.get("variants"));
    }

    List<Long> variantIds() {
        return variantIds;
    }

    Counts counts() {
        return Counts.read(http, katanaRoot(), lucaRoot());
    }

    /** The {@code belgeTakipNo} of every invoice Luca holds, one per invoice (a duplicate shows twice). */
    List<String> invoiceTrackingNumbers() {
        List<String> numbers = new java.util.ArrayList<>();
        http.get(lucaRoot() + "/_sim/invoices").requireJson("Luca /_sim/invoices").forEach(invoice -> numbers.add(invoice.path("belgeTakipNo").asString()));
        return numbers;
    }

    /** Changes the sales price through Katana's admin endpoint; returns the product id of the variant. */
    long changeSalesPrice(long variantId, java.math.BigDecimal price) {
        return http.send("PATCH", katanaRoot() + "/_sim/variants/" + variantId, Map.of("sales_price", price))
                .requireJson("PATCH /_sim/variants/" + variantId).path("product_id").asLong();
    }

    private String katanaRoot() {
        return ready.get("katana").replaceFirst("/v1$", "");
    }

    private String lucaRoot() {
        return ready.get("luca").replaceFirst("/Yetki$", "");
    }

    @Override
    public void close() {
        process.close();
    }
}
