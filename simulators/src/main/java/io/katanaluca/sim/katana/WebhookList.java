package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.HttpReply;
import io.katanaluca.sim.http.Json;
import io.katanaluca.sim.http.QueryString;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GET /v1/webhooks: newest first, paged like the other lists ({@code limit}, {@code page},
 * X-Pagination) and filtered by Katana's {@code ids}, {@code url} (exact) and {@code enabled}.
 */
final class WebhookList {

    private WebhookList() {
    }

    static HttpReply reply(List<KatanaWebhook> webhooks, QueryString query) {
        ListQuery paging;
        Predicate<KatanaWebhook> filter;
        try {
            paging = ListQuery.parse(query, null);
            filter = filter(query);
        } catch (BadQueryException e) {
            return KatanaErrors.badQuery(e);
        }
        List<KatanaRecord> matching = webhooks.stream().filter(filter)
                .map(webhook -> KatanaRecord.of(webhook.toJson(), false))
                .filter(paging::matches)
                .sorted(KatanaRecord.NEWEST_FIRST)
                .toList();
        return page(matching, paging);
    }

    private static HttpReply page(List<KatanaRecord> matching, ListQuery paging) {
        long offset = (long) (paging.page() - 1) * paging.limit();
        ObjectNode body = Json.object();
        ArrayNode data = body.putArray("data");
        matching.stream().skip(offset).limit(paging.limit()).forEach(record -> data.add(record.json()));
        return KatanaErrors.json(200, body)
                .withHeader("X-Pagination", KatanaListEndpoint.pagination(matching.size(), paging, offset));
    }

    private static Predicate<KatanaWebhook> filter(QueryString query) throws BadQueryException {
        Optional<String> url = query.first("url");
        Optional<Boolean> enabled = QueryFilters.optionalBool(query, "enabled");
        return webhook -> url.map(webhook.url()::equals).orElse(true)
                && enabled.map(e -> webhook.enabled() == e).orElse(true);
    }
}
