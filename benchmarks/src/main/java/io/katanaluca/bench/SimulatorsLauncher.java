package io.katanaluca.bench;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulators process ({@code java -jar benchmarks.jar simulators ...}): both simulators on
 * free ports through their public Java API, with a catalogue of exactly the asked number of
 * variants (or, with {@code sales-orders}, of exactly that many delivered orders; see {@link InvoiceCatalogue}). Writes the live variant ids to a file and prints one {@code READY} line with both
 * URLs, then serves until it is stopped.
 */
final class SimulatorsLauncher {

    static final String READY = "READY";

    private SimulatorsLauncher() {
    }

    static void main(Map<String, String> options) throws IOException, InterruptedException {
        int variants = Integer.parseInt(options.get("variants"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        int salesOrders = Integer.parseInt(options.getOrDefault("sales-orders", "0"));
        KatanaCatalogue catalogue = salesOrders > 0 ? InvoiceCatalogue.withDelivered(salesOrders, seed) : exactly(variants, seed);
        Files.write(Path.of(options.get("ids-file")), catalogue.variantIds().stream().map(String::valueOf).toList());
        KatanaSimulator katana = KatanaSimulator.start(KatanaSimulatorConfig.defaults()
                .withLatency(Duration.ofMillis(Long.parseLong(options.get("katana-latency-ms"))))
                .withRateLimit(Integer.parseInt(options.get("katana-requests")), Duration.ofSeconds(Long.parseLong(options.get("katana-period-s"))))
                .withSeed(seed), catalogue);
        LucaSimulator luca = LucaSimulator.start(LucaSimulatorConfig.defaults()
                .withLatency(Duration.ofMillis(Long.parseLong(options.get("luca-latency-ms")))).withSeed(seed));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            katana.close();
            luca.close();
        }, "simulators-shutdown"));
        LucaSimulatorConfig credentials = LucaSimulatorConfig.defaults();
        System.out.println(String.join(" ", READY, "katana=" + katana.baseUrl(), "katana-key=" + KatanaSimulatorConfig.defaults().apiKey(),
                "luca=" + luca.baseUrl(), "luca-org=" + credentials.orgCode(), "luca-user=" + credentials.username(),
                "luca-password=" + credentials.password(), "products=" + catalogue.productCount(), "variants=" + catalogue.variantCount()));
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** The generator adds whole products (1-5 variants each); the surplus variants of the last one are left out. */
    static KatanaCatalogue exactly(int variants, long seed) {
        KatanaCatalogue generated = KatanaCatalogue.generateWithVariantCount(variants, seed);
        int surplus = generated.variantCount() - variants;
        if (surplus == 0) {
            return generated;
        }
        KatanaCatalogue exact = KatanaCatalogue.empty();
        List<Long> productIds = generated.productIds();
        long last = productIds.get(productIds.size() - 1);
        for (long id : productIds) {
            ObjectNode product = (ObjectNode) generated.product(id).orElseThrow();
            if (id == last) {
                ArrayNode kept = (ArrayNode) product.get("variants");
                for (int i = 0; i < surplus; i++) {
                    kept.remove(kept.size() - 1);
                }
            }
            exact.addProduct(asMap(product));
        }
        return exact;
    }

    private static Map<String, Object> asMap(JsonNode product) {
        return Http.JSON.convertValue(product, new TypeReference<Map<String, Object>>() {
        });
    }
}
