package io.katanaluca.sync.cluster;

import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.luca.LucaSimulator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The settings every node of a test cluster shares: one PostgreSQL, one Redis, the simulators; plus each node's own. */
final class ClusterSettings {

    private final Map<String, String> shared = new LinkedHashMap<>();

    ClusterSettings(String databaseUrl, String redisPrefix, KatanaSimulator katana, LucaSimulator luca) {
        shared.put("spring.datasource.url", databaseUrl);
        shared.put("spring.datasource.username", "postgres");
        shared.put("spring.datasource.password", "");
        shared.put("spring.data.redis.url", EmbeddedServers.redisUrl());
        shared.put("sync.cluster.redis-key-prefix", redisPrefix);
        shared.put("sync.cluster.write-permit-lease", "10s");
        shared.put("spring.security.user.password", "cluster-secret");
        shared.put("server.port", "0");
        shared.put("server.address", "127.0.0.1");
        shared.put("jobrunr.dashboard.enabled", "false");
        shared.put("jobrunr.background-job-server.worker-count", "4");
        shared.put("jobrunr.background-job-server.poll-interval-in-seconds", "5");
        shared.put("katana.base-url", katana.baseUrl());
        shared.put("katana.api-key", "katana-demo-key");
        shared.put("katana.page-size", "50");
        shared.put("luca.base-url", luca.baseUrl());
        shared.put("luca.org-code", "1234");
        shared.put("luca.username", "demo");
        shared.put("luca.password", "demo-pass");
        shared.put("sync.retry.luca.initial-backoff", "50ms");
        shared.put("sync.retry.katana.initial-backoff", "50ms");
    }

    ClusterSettings with(String name, String value) {
        shared.put(name, value);
        return this;
    }

    Map<String, String> forNode(String nodeName) {
        Map<String, String> node = new LinkedHashMap<>(shared);
        node.put("sync.cluster.node-name", nodeName);
        return node;
    }
}
