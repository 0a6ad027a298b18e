package io.katanaluca.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients that each ask the given endpoints in turn, as fast as they are answered (each client
 * its own connection), until stopped; the latencies are kept per endpoint.
 */
final class ApiLoad {

    private final Map<String, String> endpoints;
    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> clients = new ArrayList<>();

    private ApiLoad(Map<String, String> endpoints) {
        this.endpoints = endpoints;
        endpoints.keySet().forEach(name -> {
            latencies.put(name, new ConcurrentLinkedQueue<>());
            errors.put(name, new AtomicInteger());
        });
    }

    /** {@code endpoints}: a name for the report, and the URL. */
    static ApiLoad start(int clients, Map<String, String> endpoints) {
        ApiLoad load = new ApiLoad(endpoints);
        for (int i = 0; i < clients; i++) {
            Thread client = new Thread(load::client, "api-client-" + i);
            client.setDaemon(true);
            load.clients.add(client);
            client.start();
        }
        return load;
    }

    private void client() {
        Http http = Http.basic(ServiceProcess.USER, ServiceProcess.PASSWORD);
        while (running.get()) {
            endpoints.forEach((name, url) -> ask(http, name, url));
        }
    }

    private void ask(Http http, String name, String url) {
        long start = System.nanoTime();
        try {
            if (!http.get(url).isSuccess()) {
                errors.get(name).incrementAndGet();
                return;
            }
            latencies.get(name).add(System.nanoTime() - start);
        } catch (RuntimeException e) {
            errors.get(name).incrementAndGet();
        }
    }

    Map<String, LatencyStats> stop() throws InterruptedException {
        running.set(false);
        for (Thread client : clients) {
            client.join(120_000);
        }
        Map<String, LatencyStats> stats = new LinkedHashMap<>();
        endpoints.keySet().forEach(name -> stats.put(name,
                LatencyStats.of(latencies.get(name).stream().mapToLong(Long::longValue).toArray(), errors.get(name).get())));
        return stats;
    }
}
