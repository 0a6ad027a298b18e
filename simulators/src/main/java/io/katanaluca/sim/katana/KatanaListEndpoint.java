package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.HttpReply;
import io.katanaluca.sim.http.Json;
import io.katanaluca.sim.http.QueryString;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** GET /v1/{resource}: filter, page, and the {@code {"data":[..]}} envelope with X-Pagination. */
final class KatanaListEndpoint {

    private final KatanaCatalogue catalogue;

    KatanaListEndpoint(KatanaCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    HttpReply list(KatanaResource resource, QueryString query) {
        ListQuery listQuery;
        try {
            listQuery = ListQuery.parse(query, resource);
        } catch (BadQueryException e) {
            return KatanaErrors.badQuery(e);
        }
        List<KatanaRecord> matching = catalogue.snapshot().list(resource).stream().filter(listQuery::matches).toList();
        return page(matching, listQuery);
    }

    HttpReply get(KatanaResource resource, long id) {
        return catalogue.snapshot().find(resource, id)
                .map(record -> KatanaErrors.json(200, visible(record, false)))
                .orElseGet(KatanaErrors::notFound);
    }

    private static HttpReply page(List<KatanaRecord> matching, ListQuery query) {
        long offset = (long) (query.page() - 1) * query.limit();
        ObjectNode body = Json.object();
        ArrayNode data = body.putArray("data");
        matching.stream().skip(offset).limit(query.limit()).forEach(r -> data.add(visible(r, query.includeDeleted())));
        return KatanaErrors.json(200, body)
                .withHeader("X-Pagination", pagination(matching.size(), query, offset));
    }

    /** Every value a string, as on the wire (the official docs claim numbers and booleans). */
    static String pagination(long total, ListQuery query, long offset) {
        long pages = (total + query.limit() - 1) / query.limit();
        ObjectNode header = Json.object();
        header.put("total_records", String.valueOf(total));
        header.put("total_pages", String.valueOf(pages));
        header.put("offset", String.valueOf(offset));
        header.put("page", String.valueOf(query.page()));
        header.put("first_page", String.valueOf(query.page() == 1));
        header.put("last_page", String.valueOf(query.page() >= pages));
        return Json.text(header);
    }

    /** Deleted variants stay out of a product's variant list unless deleted records were asked for. */
    private static JsonNode visible(KatanaRecord record, boolean includeDeleted) {
        JsonNode variants = record.json().path("variants");
        boolean hidesSome = !includeDeleted && variants.valueStream().anyMatch(v -> v.hasNonNull("deleted_at"));
        if (!hidesSome || record.deleted()) {
            return record.json();
        }
        ObjectNode copy = record.json().deepCopy();
        ArrayNode live = Json.array();
        variants.forEach(v -> {
            if (!v.hasNonNull("deleted_at")) {
                live.add(v);
            }
        });
        copy.set("variants", live);
        return copy;
    }
}
