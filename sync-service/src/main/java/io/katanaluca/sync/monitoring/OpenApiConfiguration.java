package io.katanaluca.sync.monitoring;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 description at {@code /v3/api-docs} and Swagger UI at {@code /swagger-ui.html},
 * both behind the API's basic auth, with an example for every request and answer ({@link ApiExamples}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BASIC_AUTH = "basicAuth";

    @Bean
    OpenAPI syncOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Katana → Luca Sync API").version("v1").description("""
                        Syncs Katana MRP products into Luca Koza as stock cards, as background jobs. Start a run, follow it, \
                        read its per-record results; the dashboard endpoints are the seed's monitoring API. Every endpoint needs \
                        HTTP basic auth; errors are application/problem+json."""))
                .components(new Components().addSecuritySchemes(BASIC_AUTH,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
    }

    @Bean
    OpenApiCustomizer apiExamples() {
        return new ApiExamples(ApiExamples.load("openapi/examples.json"));
    }
}
