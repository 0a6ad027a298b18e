package io.katanaluca.sync;

import org.springframework.test.context.TestPropertySource;

/** {@link ConcurrentStartContract} on H2, the embedded default. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:concurrent-starts;DB_CLOSE_DELAY=-1")
class ConcurrentStartIntegrationTests extends ConcurrentStartContract {
}
