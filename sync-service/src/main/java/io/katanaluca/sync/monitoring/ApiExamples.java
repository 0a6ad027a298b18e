package io.katanaluca.sync.monitoring;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills in the examples of the OpenAPI description from one JSON file keyed by {@code "METHOD /path"},
 * then by {@code "request"} or an HTTP status. Kept out of the controllers so they stay small, and
 * in one file so a reader sees every answer the API gives side by side. Error answers are
 * {@code application/problem+json}.
 */
class ApiExamples implements OpenApiCustomizer {

    private final Map<String, Map<String, Object>> examples;

    ApiExamples(Map<String, Map<String, Object>> examples) {
        this.examples = examples;
    }

    /** A key given twice (the later one would silently win) is refused. */
    static Map<String, Map<String, Object>> load(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build().readValue(in, new TypeReference<Map<String, Map<String, Object>>>() { });
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("Cannot read the API examples " + resource, e);
        }
    }

    @Override
    public void customise(OpenAPI api) {
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Map<String, Object> byStatus = examples.get(method.name() + " " + path);
            if (byStatus != null) {
                successAsDocumented(operation, byStatus);
                byStatus.forEach((key, example) -> apply(operation, key, example));
            }
        }));
    }

    /** An endpoint answering 201 or 202 does not answer 200, whatever its return type made springdoc guess. */
    private static void successAsDocumented(Operation operation, Map<String, Object> byStatus) {
        ApiResponse guessed = operation.getResponses().get("200");
        byStatus.keySet().stream().filter(status -> status.startsWith("2")).findFirst()
                .filter(status -> !status.equals("200") && guessed != null)
                .ifPresent(status -> {
                    operation.getResponses().remove("200");
                    operation.getResponses().addApiResponse(status, guessed.description(describe(status)));
                });
    }

    private static void apply(Operation operation, String key, Object example) {
        if (key.equals("request")) {
            if (operation.getRequestBody() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> media.setExample(example));
            }
            return;
        }
        ApiResponse response = operation.getResponses().computeIfAbsent(key, status -> new ApiResponse().description(describe(status)));
        String mediaType = key.startsWith("2") ? "application/json" : "application/problem+json";
        if (response.getContent() == null || response.getContent().isEmpty()) {
            response.setContent(new Content().addMediaType(mediaType, new MediaType()));
        }
        response.getContent().values().forEach(media -> media.setExample(example));
    }

    private static String describe(String status) {
        return switch (status) {
            case "201" -> "Created";
            case "202" -> "Accepted";
            case "400" -> "Bad request";
            case "404" -> "Not found";
            case "409" -> "Conflict";
            default -> "HTTP " + status;
        };
    }
}
