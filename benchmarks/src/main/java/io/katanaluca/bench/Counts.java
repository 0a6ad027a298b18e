package io.katanaluca.bench;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * What the simulators counted ({@code /_sim/stats} of both); the difference of two snapshots is
 * what one run cost. Peak concurrency is Luca's since its last reset, not a difference.
 */
record Counts(long katanaRequests, long katanaTooMany, Map<String, Long> katanaByPath, long lucaLogins, Map<String, Long> lucaCalls,
        long lucaPeakConcurrency) {

    static final String CREATE = "EkleStkWsSkart.do";
    static final String UPDATE = "GuncelleStkWsSkart.do";

    static Counts read(Http http, String katanaRoot, String lucaRoot) {
        JsonNode katana = http.get(katanaRoot + "/_sim/stats").requireJson("Katana /_sim/stats");
        JsonNode luca = http.get(lucaRoot + "/_sim/stats").requireJson("Luca /_sim/stats");
        return new Counts(katana.path("totalRequests").asLong(), katana.path("tooManyRequests").asLong(), numbers(katana.path("requestsByPath")),
                luca.path("logins").asLong(), numbers(luca.path("calls")), luca.path("peakConcurrency").asLong());
    }

    Counts minus(Counts before) {
        return new Counts(katanaRequests - before.katanaRequests, katanaTooMany - before.katanaTooMany, minus(katanaByPath, before.katanaByPath),
                lucaLogins - before.lucaLogins, minus(lucaCalls, before.lucaCalls), lucaPeakConcurrency);
    }

    long lucaWrites() {
        return lucaCall(CREATE) + lucaCall(UPDATE);
    }

    long lucaCall(String action) {
        return lucaCalls.getOrDefault(action, 0L);
    }

    long lucaTotal() {
        return lucaCalls.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> numbers(JsonNode object) {
        Map<String, Long> values = new TreeMap<>();
        object.properties().forEach(entry -> values.put(entry.getKey(), entry.getValue().asLong()));
        return values;
    }

    private static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> difference = new TreeMap<>();
        after.forEach((key, value) -> {
            long delta = value - before.getOrDefault(key, 0L);
            if (delta != 0) {
                difference.put(key, delta);
            }
        });
        return difference;
    }
}
