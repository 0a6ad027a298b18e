package io.katanaluca.sync.demo;

import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.katana.KatanaSimulatorConfig;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sim.luca.LucaSimulatorConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;

/**
 * Demo mode: both simulators run in this process on fixed loopback ports, seeded with a
 * generated catalogue of Turkish-named products, customers (with tax numbers) and sales orders,
 * and the service is pointed at them.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoSimulators {

    private static final Logger log = LoggerFactory.getLogger(DemoSimulators.class);

    @Bean(destroyMethod = "close")
    KatanaSimulator katanaSimulator(@Value("${demo.katana-port}") int port, @Value("${demo.products}") int products,
            @Value("${demo.materials:0}") int materials, @Value("${demo.sales-orders:0}") int salesOrders, @Value("${demo.seed}") long seed,
            @Value("${katana.api-key}") String apiKey) {
        return KatanaSimulator.start(KatanaSimulatorConfig.defaults().withPort(port).withApiKey(apiKey).withHttpWebhooksAllowed(true),
                DemoCatalogue.generate(products, materials, salesOrders, seed));
    }

    @Bean(destroyMethod = "close")
    LucaSimulator lucaSimulator(@Value("${demo.luca-port}") int port) {
        return LucaSimulator.start(LucaSimulatorConfig.defaults().withPort(port));
    }

    @EventListener(ApplicationReadyEvent.class)
    void explain(ApplicationReadyEvent ready) {
        KatanaSimulator katana = ready.getApplicationContext().getBean(KatanaSimulator.class);
        LucaSimulator luca = ready.getApplicationContext().getBean(LucaSimulator.class);
        String port = ready.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        log.info("""

                ==================== Katana → Luca Sync: demo mode ====================
                Katana simulator : {} ({} variants, {} customers, {} sales orders of which {} delivered; admin at /_sim/)
                Luca simulator   : {} (admin at http://127.0.0.1:{}/_sim/stats)
                Sync dashboard   : http://127.0.0.1:{}/dashboard/  (admin / demo)
                JobRunr dashboard: http://127.0.0.1:{}/dashboard  (admin / demo)
                Start a sync (PRODUCT, MATERIAL, CUSTOMER or ALL; SALES_INVOICE once ALL has ended):
                  curl -u admin:demo -H 'Content-Type: application/json' -d '{"syncType":"ALL"}' http://127.0.0.1:{}/api/sync/start
                  curl -u admin:demo -H 'Content-Type: application/json' -d '{"syncType":"SALES_INVOICE"}' http://127.0.0.1:{}/api/sync/start
                Follow it:
                  curl -u admin:demo http://127.0.0.1:{}/api/sync/job/<jobId>
                Let Katana push changes (webhooks), then change a product and watch Luca follow:
                  curl -u admin:demo -H 'Content-Type: application/json' -d '{"url":"http://127.0.0.1:{}/api/webhooks/katana"}' http://127.0.0.1:{}/api/webhooks/katana/registration
                  curl -X PATCH -H 'Content-Type: application/json' -d '{"name":"Yeni Ürün Adı"}' http://127.0.0.1:{}/_sim/products/{}
                ========================================================================""",
                katana.baseUrl(), katana.catalogue().variantCount(), katana.catalogue().customerCount(),
                katana.catalogue().salesOrderCount(), delivered(katana), luca.baseUrl(), luca.port(), port,
                ready.getApplicationContext().getEnvironment().getProperty("jobrunr.dashboard.port", "8000"), port, port, port, port, port,
                katana.port(), katana.catalogue().productIds().get(0));
    }

    private static long delivered(KatanaSimulator katana) {
        return katana.catalogue().salesOrders().stream().filter(order -> order.path("status").asString().equals("DELIVERED")).count();
    }
}
