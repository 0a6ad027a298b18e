package io.katanaluca.sim.katana;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Checks create and update bodies as Katana's CreateWebhookDto and UpdateWebhookDto do: no
 * other fields, {@code url} and {@code subscribed_events} required on create, {@code url} starting
 * with {@code https://}, every event one of Katana's. Reports every problem found, not only the first.
 */
final class WebhookValidator {

    private static final Set<String> FIELDS = Set.of("url", "subscribed_events", "enabled", "description");
    private static final String HTTPS_PATTERN = "https://*";
    private static final String HTTP_PATTERN = "https?://*";

    private final boolean httpAllowed;

    WebhookValidator(boolean httpAllowed) {
        this.httpAllowed = httpAllowed;
    }

    WebhookFields validate(JsonNode body, boolean creating) throws InvalidWebhookException {
        if (!body.isObject()) {
            throw new InvalidWebhookException(List.of(ValidationDetail.type("", "object")));
        }
        List<ValidationDetail> problems = new ArrayList<>();
        body.propertyNames().stream().filter(name -> !FIELDS.contains(name))
                .forEach(name -> problems.add(ValidationDetail.additionalProperty(name)));
        if (creating) {
            requireField(body, "url", problems);
            requireField(body, "subscribed_events", problems);
        }
        checkUrl(body.get("url"), problems);
        checkType(body.get("enabled"), ".enabled", JsonNode::isBoolean, "boolean", problems);
        checkType(body.get("description"), ".description", JsonNode::isString, "string", problems);
        checkEvents(body.get("subscribed_events"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidWebhookException(problems);
        }
        return WebhookFields.of(body);
    }

    private static void requireField(JsonNode body, String field, List<ValidationDetail> problems) {
        if (!body.has(field)) {
            problems.add(ValidationDetail.required(field));
        }
    }

    private void checkUrl(JsonNode url, List<ValidationDetail> problems) {
        if (!checkType(url, ".url", JsonNode::isString, "string", problems)) {
            return;
        }
        if (!isAllowedScheme(url.asString())) {
            problems.add(ValidationDetail.pattern(".url", httpAllowed ? HTTP_PATTERN : HTTPS_PATTERN));
        } else if (!isUri(url.asString())) {
            problems.add(ValidationDetail.format(".url", "uri"));
        }
    }

    private boolean isAllowedScheme(String url) {
        return url.startsWith("https://") || (httpAllowed && url.startsWith("http://"));
    }

    /** Katana checks only the prefix; the simulator must also be able to post to it. */
    private static boolean isUri(String url) {
        try {
            return new URI(url).getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void checkEvents(JsonNode events, List<ValidationDetail> problems) {
        if (!checkType(events, ".subscribed_events", JsonNode::isArray, "array", problems)) {
            return;
        }
        for (int i = 0; i < events.size(); i++) {
            String path = ".subscribed_events[" + i + "]";
            if (checkType(events.get(i), path, JsonNode::isString, "string", problems)
                    && !WebhookEvents.isKnown(events.get(i).asString())) {
                problems.add(ValidationDetail.oneOf(path, WebhookEvents.ALL));
            }
        }
    }

    /** True when the field is present and of the type; absent fields pass (required is checked apart). */
    private static boolean checkType(JsonNode value, String path, Predicate<JsonNode> isType, String type,
            List<ValidationDetail> problems) {
        if (value == null) {
            return false;
        }
        if (!isType.test(value)) {
            problems.add(ValidationDetail.type(path, type));
            return false;
        }
        return true;
    }
}
