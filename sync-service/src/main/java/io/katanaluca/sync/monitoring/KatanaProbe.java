package io.katanaluca.sync.monitoring;

import java.time.Clock;
import java.time.Instant;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** One request for one product: is Katana there, does it take our key, how much of the quota is left. */
class KatanaProbe {

    private final RestClient katana;
    private final Clock clock;

    KatanaProbe(RestClient katana, Clock clock) {
        this.katana = katana;
        this.clock = clock;
    }

    Result probe() {
        try {
            return katana.get().uri("/products?limit=1").exchange((request, response) -> {
                int status = response.getStatusCode().value();
                return new Result(clock.instant(), status, response.getHeaders().getFirst("X-Ratelimit-Remaining"), errorOf(status));
            });
        } catch (RestClientException noResponse) {
            return new Result(clock.instant(), 0, null, "no response from Katana (" + noResponse.getMostSpecificCause() + ")");
        }
    }

    private static String errorOf(int status) {
        if (status == 401 || status == 403) {
            return "Katana rejected the API key (HTTP " + status + "); check katana.api-key";
        }
        return status >= 400 && status != 429 ? "Katana answered HTTP " + status : null;
    }

    /** {@code status} 0: no reply. Reachable with a valid key is up, including a 429 (quota spent for now). */
    record Result(Instant at, int status, String rateLimitRemaining, String error) {

        boolean isUp() {
            return error == null && status != 0;
        }
    }
}
