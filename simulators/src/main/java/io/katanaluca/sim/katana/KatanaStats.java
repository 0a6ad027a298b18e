package io.katanaluca.sim.katana;

import java.util.Map;

/**
 * What the Katana simulator has served since start or the last reset. Admin requests under
 * {@code /_sim/} are not counted.
 *
 * @param totalRequests   every API request, whatever the answer
 * @param tooManyRequests 429 answers
 * @param unauthorized    401 answers
 * @param injectedFailures 500 answers caused by the failure knobs
 * @param requestsByPath  per path; ids are folded, e.g. {@code /v1/products/{id}}
 */
public record KatanaStats(long totalRequests, long tooManyRequests, long unauthorized, long injectedFailures,
        Map<String, Long> requestsByPath) {

    public KatanaStats {
        requestsByPath = Map.copyOf(requestsByPath);
    }

    /** Requests to one path, e.g. {@code requests("/v1/products")}. */
    public long requests(String path) {
        return requestsByPath.getOrDefault(path, 0L);
    }
}
