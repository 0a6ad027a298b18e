package io.katanaluca.sim.katana;

import java.util.Random;
import tools.jackson.databind.node.ObjectNode;

/** Builds generated catalogues; one seed always gives the same catalogue. */
final class CatalogueGenerator {

    /** Katana accounts have far fewer customers than products; one per five is plenty for tests. */
    private static final int PRODUCTS_PER_CUSTOMER = 5;

    private final Random random;
    private final ItemGenerator items;
    private final CustomerGenerator customers;
    private final KatanaCatalogue catalogue = new KatanaCatalogue();

    private CatalogueGenerator(long seed) {
        random = new Random(seed);
        items = new ItemGenerator(random, new GeneratorClock(random));
        customers = new CustomerGenerator(random, new GeneratorClock(random));
    }

    static KatanaCatalogue generate(int productCount, int materialCount, long seed) {
        requireNotNegative(productCount, "products");
        requireNotNegative(materialCount, "materials");
        CatalogueGenerator generator = new CatalogueGenerator(seed);
        for (int number = 1; number <= productCount; number++) {
            generator.addProduct(number);
        }
        for (int number = 1; number <= materialCount; number++) {
            generator.catalogue.addMaterial(generator.items.material(number));
        }
        return generator.withCustomers(productCount / PRODUCTS_PER_CUSTOMER);
    }

    static KatanaCatalogue generateCustomers(int customerCount, long seed) {
        requireNotNegative(customerCount, "customers");
        return new CatalogueGenerator(seed).withCustomers(customerCount);
    }

    static KatanaCatalogue generateWithVariantCount(int minVariants, long seed) {
        requireNotNegative(minVariants, "minVariants");
        CatalogueGenerator generator = new CatalogueGenerator(seed);
        int variants = 0;
        int products = 0;
        while (variants < minVariants) {
            products++;
            variants += generator.addProduct(products);
        }
        return generator.withCustomers(products / PRODUCTS_PER_CUSTOMER);
    }

    /** Returns the number of variants added. */
    private int addProduct(int number) {
        ObjectNode product = items.product(number);
        catalogue.addProduct(product);
        return product.path("variants").size();
    }

    private KatanaCatalogue withCustomers(int count) {
        for (int number = 1; number <= count; number++) {
            catalogue.addCustomer(customers.customer(number));
        }
        return catalogue;
    }

    private static void requireNotNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
