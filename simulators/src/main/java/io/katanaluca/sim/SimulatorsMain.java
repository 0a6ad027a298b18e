package io.katanaluca.sim;

import io.katanaluca.sim.katana.KatanaCatalogue;
import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import java.util.concurrent.CountDownLatch;

/**
 * Runs both simulators until the process is killed, for manual runs and demos; tests and the
 * service's demo mode start them in-process through their Java API instead.
 * Options ({@code --key=value}): see README.md; an unknown option prints the list.
 */
public final class SimulatorsMain {

    private SimulatorsMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args, System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        KatanaCatalogue catalogue = options.catalogue();
        KatanaSimulator katana = KatanaSimulator.start(options.katana(), catalogue);
        LucaSimulator luca = LucaSimulator.start(options.luca());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            katana.close();
            luca.close();
        }, "simulators-shutdown"));
        System.out.println(banner(katana, options.katana(), luca, options.luca()));
        new CountDownLatch(1).await();
    }

    static String banner(KatanaSimulator katana, KatanaSimulatorConfig katanaConfig, LucaSimulator luca,
            LucaSimulatorConfig lucaConfig) {
        KatanaCatalogue catalogue = katana.catalogue();
        return String.join(System.lineSeparator(),
                "Katana simulator: " + katana.baseUrl() + "  (Authorization: Bearer " + katanaConfig.apiKey() + ")",
                "  " + catalogue.productCount() + " products, " + catalogue.variantCount() + " variants, "
                        + catalogue.materialCount() + " materials, " + catalogue.customerCount() + " customers, "
                        + catalogue.salesOrderCount() + " sales orders; "
                        + katanaConfig.rateLimitRequests() + " requests per " + katanaConfig.rateLimitPeriod().toSeconds()
                        + " s; admin: http://127.0.0.1:" + katana.port() + "/_sim/stats",
                "Luca simulator:   " + luca.baseUrl() + "  (orgCode " + lucaConfig.orgCode() + ", user "
                        + lucaConfig.username() + ", password " + lucaConfig.password() + ")",
                "  branches " + lucaConfig.branches() + "; admin: http://127.0.0.1:" + luca.port() + "/_sim/stats",
                "Press Ctrl+C to stop.");
    }
}
