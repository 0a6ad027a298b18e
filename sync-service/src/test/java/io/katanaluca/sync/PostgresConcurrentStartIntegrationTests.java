package io.katanaluca.sync;

import io.katanaluca.sync.cluster.EmbeddedServers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ConcurrentStartContract} on a real PostgreSQL, where several nodes share the start locks. */
class PostgresConcurrentStartIntegrationTests extends ConcurrentStartContract {

    private static final String DATABASE = EmbeddedServers.newPostgresDatabase("concurrent_starts", false);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
