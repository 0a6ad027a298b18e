package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.HttpReply;
import io.katanaluca.sim.http.Json;
import io.katanaluca.sim.http.QueryString;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /v1/webhooks}: POST and GET (list); {@code /v1/webhooks/{id}}: GET, PATCH, DELETE.
 * Called by {@link KatanaApiHandler} after authentication, quota and fault injection.
 */
final class WebhookEndpoint {

    private final WebhookRegistry registry;
    private final WebhookValidator validator;

    WebhookEndpoint(WebhookRegistry registry, WebhookValidator validator) {
        this.registry = registry;
        this.validator = validator;
    }

    /** {@code parts} is the path split on "/", e.g. {@code ["", "v1", "webhooks", "7"]}. */
    static boolean isWebhookPath(String[] parts) {
        return parts.length >= 3 && parts.length <= 4 && parts[1].equals("v1") && parts[2].equals("webhooks");
    }

    HttpReply handle(String method, String[] parts, QueryString query, String body) {
        if (parts.length == 3) {
            return switch (method) {
                case "GET" -> WebhookList.reply(registry.all(), query);
                case "POST" -> create(body);
                default -> KatanaErrors.notFound();
            };
        }
        if (!parts[3].matches("\\d{1,18}")) {
            return KatanaErrors.notFound();
        }
        return byId(method, Long.parseLong(parts[3]), body);
    }

    private HttpReply byId(String method, long id, String body) {
        return switch (method) {
            case "GET" -> registry.find(id).map(WebhookEndpoint::ok).orElseGet(KatanaErrors::notFound);
            case "PATCH" -> update(id, body);
            case "DELETE" -> registry.delete(id) ? noContent() : KatanaErrors.notFound();
            default -> KatanaErrors.notFound();
        };
    }

    private HttpReply create(String body) {
        try {
            return ok(registry.create(validator.validate(Json.parse(body), true)));
        } catch (JacksonException e) {
            return notJson();
        } catch (InvalidWebhookException e) {
            return invalid(e);
        }
    }

    private HttpReply update(long id, String body) {
        try {
            WebhookFields fields = validator.validate(Json.parse(body), false);
            return registry.update(id, fields).map(WebhookEndpoint::ok).orElseGet(KatanaErrors::notFound);
        } catch (JacksonException e) {
            return notJson();
        } catch (InvalidWebhookException e) {
            return invalid(e);
        }
    }

    private static HttpReply ok(KatanaWebhook webhook) {
        return KatanaErrors.json(200, webhook.toJson());
    }

    private static HttpReply noContent() {
        return HttpReply.of(204, KatanaErrors.CONTENT_TYPE, new byte[0]);
    }

    /** Katana's official 422 example, with one detail per problem. */
    static HttpReply invalid(InvalidWebhookException problem) {
        ObjectNode body = Json.object();
        body.put("statusCode", 422);
        body.put("name", "UnprocessableEntityError");
        body.put("message", "The request body is invalid. See error object `details` property for more info.");
        body.put("code", "VALIDATION_FAILED");
        problem.details().forEach(detail -> body.withArray("details").add(detail.toJson()));
        return KatanaErrors.json(422, body);
    }

    /** Choice: a body that is not JSON at all is a 400, as body-parser answers in front of Ajv. */
    private static HttpReply notJson() {
        ObjectNode body = Json.object();
        body.put("statusCode", 400);
        body.put("name", "BadRequestError");
        body.put("message", "The request body is not valid JSON.");
        return KatanaErrors.json(400, body);
    }
}
