package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.HttpReply;
import io.katanaluca.sim.http.Json;
import java.util.NoSuchElementException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Simulator-only endpoints under {@code /_sim/}: no authentication, no quota, not counted.
 * They let a demo or an out-of-process test inspect the simulator and change the catalogue.
 */
final class KatanaAdminHandler {

    private final KatanaCatalogue catalogue;
    private final RequestCounters counters;
    private final SalesOrderAdminHandler salesOrders;

    KatanaAdminHandler(KatanaCatalogue catalogue, RequestCounters counters) {
        this.catalogue = catalogue;
        this.counters = counters;
        this.salesOrders = new SalesOrderAdminHandler(catalogue);
    }

    HttpReply handle(String method, String path, String body) {
        try {
            return SalesOrderAdminHandler.handles(path) ? salesOrders.route(method, path, body)
                    : route(method + " " + path, body);
        } catch (NoSuchElementException e) {
            return KatanaErrors.notFound();
        } catch (IllegalArgumentException | JacksonException e) {
            return KatanaErrors.badBody(e.getMessage());
        }
    }

    private HttpReply route(String request, String body) {
        if (request.equals("GET /_sim/stats")) {
            return KatanaErrors.json(200, counters.snapshot());
        }
        if (request.equals("POST /_sim/reset-stats")) {
            counters.reset();
            return noContent();
        }
        if (request.equals("GET /_sim/catalogue/summary")) {
            return KatanaErrors.json(200, summary());
        }
        if (request.equals("POST /_sim/products")) {
            return KatanaErrors.json(200, idOf(catalogue.addProduct(object(body))));
        }
        return routeById(request, body);
    }

    private HttpReply routeById(String request, String body) {
        String[] words = request.split(" ");
        String[] parts = words[1].split("/");
        if (parts.length != 4 || !parts[3].matches("\\d{1,18}")) {
            return KatanaErrors.notFound();
        }
        long id = Long.parseLong(parts[3]);
        switch (words[0] + " " + parts[2]) {
            case "PATCH variants" -> catalogue.updateVariant(id, object(body));
            case "PATCH products" -> catalogue.updateProduct(id, object(body));
            case "PATCH customers" -> catalogue.updateCustomer(id, object(body));
            case "DELETE variants" -> catalogue.deleteVariant(id);
            case "DELETE products" -> catalogue.deleteProduct(id);
            case "DELETE customers" -> catalogue.deleteCustomer(id);
            default -> {
                return KatanaErrors.notFound();
            }
        }
        return words[0].equals("DELETE") ? noContent() : KatanaErrors.json(200, current(parts[2], id));
    }

    private JsonNode current(String kind, long id) {
        return switch (kind) {
            case "variants" -> catalogue.variant(id).orElseThrow();
            case "customers" -> catalogue.customer(id).orElseThrow();
            default -> catalogue.product(id).orElseThrow();
        };
    }

    private ObjectNode summary() {
        ObjectNode summary = Json.object();
        summary.put("products", catalogue.productCount());
        summary.put("variants", catalogue.variantCount());
        summary.put("materials", catalogue.materialCount());
        summary.put("customers", catalogue.customerCount());
        summary.put("salesOrders", catalogue.salesOrderCount());
        return summary;
    }

    private static ObjectNode idOf(long id) {
        return Json.object().put("id", id);
    }

    static ObjectNode object(String body) {
        JsonNode node = Json.parse(body);
        if (!node.isObject()) {
            throw new IllegalArgumentException("The body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    static HttpReply noContent() {
        return HttpReply.of(204, KatanaErrors.CONTENT_TYPE, new byte[0]);
    }
}
