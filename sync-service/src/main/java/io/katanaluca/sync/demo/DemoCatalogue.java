package io.katanaluca.sync.demo;

import io.katanaluca.sim.katana.KatanaCatalogue;
import java.util.Map;
import java.util.Random;

/**
 * The demo's Katana data: the generated products, materials, customers and sales orders of a seed,
 * each customer with a tax number in its comment ({@code VKN: …} for a company, {@code TCKN: …} for
 * a person), where the customer sync looks for one by default. Katana has no tax number field, and
 * a sales invoice is never sent to an account without one, so without them the demo could show no invoice.
 */
final class DemoCatalogue {

    private DemoCatalogue() {
    }

    static KatanaCatalogue generate(int products, int materials, int salesOrders, long seed) {
        KatanaCatalogue catalogue = KatanaCatalogue.generate(products, materials, salesOrders, seed);
        Random random = new Random(seed);
        for (long id : catalogue.customerIds()) {
            boolean company = !catalogue.customer(id).orElseThrow().path("company").asString("").isBlank();
            String comment = company ? "VKN: " + DemoTaxNumbers.vkn(random) : "TCKN: " + DemoTaxNumbers.tckn(random);
            catalogue.updateCustomer(id, Map.of("comment", comment));
        }
        return catalogue;
    }
}
