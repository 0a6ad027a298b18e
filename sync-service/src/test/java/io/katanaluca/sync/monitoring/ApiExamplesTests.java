package io.katanaluca.sync.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiExamplesTests {

    @Test
    void shouldFillInTheRequestAndEveryAnswerOfAnOperation() {
        Operation start = new Operation().requestBody(new RequestBody().content(json()))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK").content(json())));
        OpenAPI api = new OpenAPI().paths(new Paths().addPathItem("/api/sync/start", new PathItem().post(start)));

        new ApiExamples(Map.of("POST /api/sync/start", Map.of("request", Map.of("syncType", "PRODUCT"),
                "202", Map.of("status", "QUEUED"), "409", Map.of("title", "Sync already running")))).customise(api);

        assertThat(start.getRequestBody().getContent().get("application/json").getExample()).isEqualTo(Map.of("syncType", "PRODUCT"));
        assertThat(start.getResponses()).containsOnlyKeys("202", "409");
        assertThat(start.getResponses().get("202").getContent().get("application/json").getExample()).isEqualTo(Map.of("status", "QUEUED"));
        assertThat(start.getResponses().get("409").getContent()).containsKey("application/problem+json");
    }

    @Test
    void shouldHaveAWellFormedExampleFileForEveryEndpointOfTheApi() {
        Map<String, Map<String, Object>> examples = ApiExamples.load("openapi/examples.json");

        assertThat(examples).containsKeys("POST /api/sync/start", "GET /api/sync/job/{jobId}", "GET /api/sync/job/{jobId}/records",
                "GET /api/sync/session/stats", "POST /api/sync/session/refresh", "GET /api/sync/dashboard/jobs",
                "GET /api/sync/dashboard/jobs/{jobId}", "POST /api/sync/dashboard/jobs/{jobId}/retry", "DELETE /api/sync/dashboard/jobs/{jobId}",
                "GET /api/sync/dashboard/summary", "GET /api/sync/dashboard/stats", "GET /api/sync/dashboard/daily",
                "GET /api/sync/dashboard/config", "GET /api/sync/job/{jobId}/items", "POST /api/sync/job/{jobId}/retry-failed",
                "GET /api/sync/mapping/preview", "GET /api/sync/schedules", "POST /api/webhooks/katana",
                "POST /api/webhooks/katana/registration");
        assertThat(examples.get("GET /api/sync/dashboard/summary").get("200")).asString()
                .contains("jobQueueStats").doesNotContain("hangfireStats");
    }

    @Test
    void shouldRefuseAnExampleFileThatGivesAnEndpointTwice() {
        assertThatThrownBy(() -> ApiExamples.load("openapi/examples-with-a-duplicate.json"))
                .hasMessage("Cannot read the API examples openapi/examples-with-a-duplicate.json")
                .cause().hasMessageStartingWith("Duplicate Object property \"GET /api/sync/schedules\"");
    }

    private static Content json() {
        return new Content().addMediaType("application/json", new MediaType());
    }
}
