package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.HttpReply;
import io.katanaluca.sim.http.Json;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The sales order part of {@code /_sim/}: create, change and delete orders, change rows, add and
 * change fulfillments, set tax rates. Replies show the record as {@code /v1} serves it. Errors as
 * the other admin endpoints ({@link KatanaAdminHandler#handle}): unknown id 404, a bad body 422.
 */
final class SalesOrderAdminHandler {

    private final KatanaCatalogue catalogue;

    SalesOrderAdminHandler(KatanaCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    static boolean handles(String path) {
        return path.startsWith("/_sim/sales_order") || path.startsWith("/_sim/tax_rates");
    }

    HttpReply route(String method, String path, String body) {
        SalesOrderBook book = catalogue.salesOrderBook();
        switch (method + " " + path) {
            case "POST /_sim/sales_orders" -> {
                return served(KatanaResource.SALES_ORDERS, book.add(KatanaAdminHandler.object(body)));
            }
            case "POST /_sim/sales_order_fulfillments" -> {
                return served(KatanaResource.SALES_ORDER_FULFILLMENTS, book.addFulfillment(KatanaAdminHandler.object(body)));
            }
            case "POST /_sim/tax_rates" -> {
                return served(KatanaResource.TAX_RATES, book.addTaxRate(KatanaAdminHandler.object(body)));
            }
            case "PUT /_sim/tax_rates" -> {
                book.setTaxRates(taxRates(body));
                return KatanaErrors.json(200, catalogue.taxRates());
            }
            default -> {
                return routeById(method, path.split("/"), body);
            }
        }
    }

    private HttpReply routeById(String method, String[] parts, String body) {
        if (parts.length != 4 || !parts[3].matches("\\d{1,18}")) {
            return KatanaErrors.notFound();
        }
        long id = Long.parseLong(parts[3]);
        SalesOrderBook book = catalogue.salesOrderBook();
        switch (method + " " + parts[2]) {
            case "PATCH sales_orders" -> book.update(id, KatanaAdminHandler.object(body));
            case "DELETE sales_orders" -> book.delete(id);
            case "PATCH sales_order_rows" -> book.updateRow(id, KatanaAdminHandler.object(body));
            case "PATCH sales_order_fulfillments" -> book.updateFulfillment(id, KatanaAdminHandler.object(body));
            default -> {
                return KatanaErrors.notFound();
            }
        }
        return method.equals("DELETE") ? KatanaAdminHandler.noContent()
                : served(KatanaResource.byPathName(parts[2]).orElseThrow(), id);
    }

    private HttpReply served(KatanaResource resource, long id) {
        return KatanaErrors.json(200, catalogue.snapshot().find(resource, id).orElseThrow().json());
    }

    private static List<JsonNode> taxRates(String body) {
        JsonNode rates = Json.parse(body);
        if (!rates.isArray()) {
            throw new IllegalArgumentException("The body must be a JSON array of tax rates");
        }
        List<JsonNode> list = new ArrayList<>();
        ((ArrayNode) rates).forEach(list::add);
        return list;
    }
}
