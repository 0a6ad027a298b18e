package io.katanaluca.sync;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** A Prometheus text scrape as series (name with labels) → value, summed by name prefix and labels. */
final class PrometheusScrape {

    private final Map<String, Double> series = new HashMap<>();

    PrometheusScrape(String scrape) {
        scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(line -> {
            int space = line.lastIndexOf(' ');
            series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        });
    }

    /** The sum of every series whose name starts with {@code prefix} and that contains each of {@code labels}. */
    double sum(String prefix, String... labels) {
        return series.entrySet().stream().filter(metric -> metric.getKey().startsWith(prefix)
                        && Arrays.stream(labels).allMatch(label -> metric.getKey().contains(label)))
                .mapToDouble(Map.Entry::getValue).sum();
    }
}
