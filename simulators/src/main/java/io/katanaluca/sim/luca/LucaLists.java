package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.HttpReply;
import io.katanaluca.sim.http.Json;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** The steps every list action shares: read the body, build its filter, serve one page unless No-Paging. */
final class LucaLists {

    /** Without {@code No-Paging: true} Luca returns one page only; clients that forget the header miss records. */
    static final int PAGE_SIZE = 100;

    private LucaLists() {
    }

    /**
     * A blank body reads as {@code {}}; one that is not an object, or whose {@code numberFields}
     * are not numeric, gets the bare {@code {"error":true}}. {@code filter} may throw
     * IllegalArgumentException with Luca's message, which becomes the reply. {@code all} is oldest first.
     */
    static <T> HttpReply list(LucaCall call, List<String> numberFields, Function<JsonNode, Predicate<T>> filter,
            List<T> all, Function<ArrayNode, JsonNode> wrap, Function<T, JsonNode> item) {
        Optional<JsonNode> body = call.jsonOrEmptyObject().filter(json -> LucaFields.isReadable(json, numberFields, List.of()));
        if (body.isEmpty()) {
            return LucaReplies.malformed();
        }
        Predicate<T> wanted;
        try {
            wanted = filter.apply(body.get());
        } catch (IllegalArgumentException e) {
            return LucaReplies.error(e.getMessage());
        }
        ArrayNode items = Json.array();
        all.stream().filter(wanted).limit(call.noPaging() ? Long.MAX_VALUE : PAGE_SIZE).map(item).forEach(items::add);
        return LucaReplies.json(wrap.apply(items));
    }

    /** Wraps the items as {@code {"<key>":[…]}}. */
    static Function<ArrayNode, JsonNode> under(String key) {
        return items -> Json.object().set(key, items);
    }
}
