package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Loads catalogues written in Katana's response shape. */
final class CatalogueFiles {

    private CatalogueFiles() {
    }

    static KatanaCatalogue read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read catalogue " + file, e);
        }
    }

    static KatanaCatalogue readResource(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = KatanaCatalogue.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No class-path resource " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read catalogue resource " + resource, e);
        }
    }

    /**
     * A bare array is a product list; {@code "tax_rates"} replaces the default table; {@code "data"}
     * is accepted as a pasted API response.
     */
    static KatanaCatalogue parse(String json) {
        JsonNode root = Json.parse(json);
        KatanaCatalogue catalogue = new KatanaCatalogue();
        if (root.isArray()) {
            root.forEach(product -> catalogue.addProduct(object(product)));
        } else if (root.isObject()) {
            root.path("products").forEach(product -> catalogue.addProduct(object(product)));
            root.path("data").forEach(product -> catalogue.addProduct(object(product)));
            root.path("materials").forEach(material -> catalogue.addMaterial(object(material)));
            root.path("customers").forEach(customer -> catalogue.addCustomer(object(customer)));
            if (root.has("tax_rates")) {
                catalogue.salesOrderBook().setTaxRates(root.path("tax_rates").valueStream().toList());
            }
        } else {
            throw new IllegalArgumentException("A catalogue is a JSON object or array, not " + root.getNodeType());
        }
        return catalogue;
    }

    private static ObjectNode object(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("Expected a JSON object in the catalogue, got " + node);
        }
        return (ObjectNode) node;
    }
}
