package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.HttpReply;
import io.katanaluca.sim.http.Json;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Simulator-only endpoints under {@code /_sim/}: no session, no faults, not counted. They let a
 * demo or an out-of-process test inspect the simulator and turn the fault knobs.
 */
final class LucaAdminHandler {

    private final LucaSimulator simulator;

    LucaAdminHandler(LucaSimulator simulator) {
        this.simulator = simulator;
    }

    HttpReply handle(String method, String path, String body) {
        try {
            return route(method + " " + path, body);
        } catch (IllegalArgumentException | JacksonException e) {
            return HttpReply.json(400, LucaReplies.JSON, Json.object().put("error", String.valueOf(e.getMessage())));
        }
    }

    private HttpReply route(String request, String body) {
        switch (request) {
            case "GET /_sim/stock-cards" -> {
                return json(stockCards());
            }
            case "GET /_sim/customers" -> {
                return json(customers());
            }
            case "GET /_sim/invoices" -> {
                return json(invoices());
            }
            case "GET /_sim/stats" -> {
                return json(stats());
            }
            case "GET /_sim/faults" -> {
                return json(faults());
            }
            case "PUT /_sim/faults" -> {
                applyFaults(Json.parse(body));
                return json(faults());
            }
            case "POST /_sim/reset" -> simulator.reset();
            case "POST /_sim/expire-sessions" -> simulator.expireAllSessions();
            default -> {
                return HttpReply.json(404, LucaReplies.JSON, Json.object().put("error", "No such admin endpoint"));
            }
        }
        return HttpReply.of(204, LucaReplies.JSON, new byte[0]);
    }

    private ArrayNode stockCards() {
        ArrayNode cards = Json.array();
        for (StoredStockCard card : simulator.stockCards()) {
            ObjectNode json = cards.addObject();
            json.put("skartId", card.skartId());
            json.put("kartKodu", card.kartKodu());
            json.put("kartAdi", card.kartAdi());
            json.put("createdAt", card.createdAt().toString());
            json.put("updatedAt", card.updatedAt().toString());
            json.put("updateCount", card.updateCount());
            json.set("received", card.json());
        }
        return cards;
    }

    private ArrayNode customers() {
        ArrayNode customers = Json.array();
        for (StoredCustomer customer : simulator.customers()) {
            ObjectNode json = customers.addObject();
            json.put("finansalNesneId", customer.finansalNesneId());
            json.put("kartKod", customer.kartKod());
            json.put("tanim", customer.tanim());
            json.put("createdAt", customer.createdAt().toString());
            json.set("received", customer.json());
        }
        return customers;
    }

    /** As the list action shows them, plus the creation time and the body as received. */
    private ArrayNode invoices() {
        ArrayNode invoices = Json.array();
        for (StoredInvoice invoice : simulator.invoices()) {
            invoices.add(InvoiceActions.listItem(invoice).put("createdAt", invoice.createdAt().toString())
                    .set("received", invoice.json()));
        }
        return invoices;
    }

    private ObjectNode stats() {
        ObjectNode stats = Json.object();
        stats.put("logins", simulator.loginCount());
        stats.put("sessionExpiries", simulator.sessionExpiryCount());
        ObjectNode calls = stats.putObject("calls");
        simulator.callCounts().forEach(calls::put);
        stats.put("peakConcurrency", simulator.peakConcurrency());
        stats.put("stockCards", simulator.stockCardCount());
        stats.put("customers", simulator.customerCount());
        stats.put("invoices", simulator.invoiceCount());
        stats.put("lostReplies", simulator.lostReplyCount());
        stats.put("serverErrors", simulator.serverErrorCount());
        stats.put("htmlErrors", simulator.htmlErrorCount());
        stats.put("sessions", simulator.sessionCount());
        return stats;
    }

    private ObjectNode faults() {
        LucaFaults faults = simulator.faults();
        ObjectNode knobs = Json.object();
        faults.lostReplyActions().stream().sorted().forEach(knobs.putArray("lostReplyActions")::add);
        return knobs
                .put("latencyMs", faults.latency().toMillis())
                .put("latencyJitterMs", faults.latencyJitter().toMillis())
                .put("sessionExpiryIntervalMs", faults.sessionExpiryInterval().toMillis())
                .put("failureRate5xx", faults.failureRate5xx())
                .put("htmlErrorRate", faults.htmlErrorRate())
                .put("htmlExpiryShare", faults.htmlExpiryShare())
                .put("maxConcurrent", faults.maxConcurrent())
                .put("lostReplyRate", faults.lostReplyRate());
    }

    /** Only the fields present change; the one-shot knobs are write-only. */
    private void applyFaults(JsonNode body) {
        LucaFaults faults = simulator.faults();
        if (!body.isObject()) {
            throw new IllegalArgumentException("The body must be a JSON object");
        }
        body.optional("latencyMs").ifPresent(v -> faults.setLatency(Duration.ofMillis(v.asLong())));
        body.optional("latencyJitterMs").ifPresent(v -> faults.setLatencyJitter(Duration.ofMillis(v.asLong())));
        body.optional("sessionExpiryIntervalMs").ifPresent(v -> faults.setSessionExpiryInterval(Duration.ofMillis(v.asLong())));
        body.optional("failureRate5xx").ifPresent(v -> faults.setFailureRate5xx(v.asDouble()));
        body.optional("htmlErrorRate").ifPresent(v -> faults.setHtmlErrorRate(v.asDouble()));
        body.optional("htmlExpiryShare").ifPresent(v -> faults.setHtmlExpiryShare(v.asDouble()));
        body.optional("maxConcurrent").ifPresent(v -> faults.setMaxConcurrent(v.asInt()));
        body.optional("lostReplyRate").ifPresent(v -> faults.setLostReplyRate(v.asDouble()));
        body.optional("lostReplyActions").ifPresent(v -> faults.setLostReplyActions(actions(v)));
        body.optional("expireSessionsAfterCalls").ifPresent(v -> faults.expireSessionsAfterCalls(v.asInt()));
        body.optional("failNextCalls").ifPresent(v -> faults.failNextCalls(v.asInt()));
        body.optional("htmlErrorOnNextCalls").ifPresent(v -> faults.htmlErrorOnNextCalls(v.asInt()));
        body.optional("loseNextReplies").ifPresent(v -> faults.loseNextReplies(v.asInt()));
    }

    private static Set<String> actions(JsonNode names) {
        if (!names.isArray()) {
            throw new IllegalArgumentException("lostReplyActions must be an array of action names, e.g. [\"EkleFtrWsFaturaBaslik.do\"]");
        }
        return names.valueStream().map(JsonNode::asString).collect(Collectors.toSet());
    }

    private static HttpReply json(JsonNode body) {
        return HttpReply.json(200, LucaReplies.JSON, body);
    }
}
