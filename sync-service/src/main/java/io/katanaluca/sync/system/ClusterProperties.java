package io.katanaluca.sync.system;

import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How nodes share state ({@code sync.cluster.*}).
 *
 * @param nodeName this node's name in the operation log's batch records; default host name plus a random suffix
 * @param redisKeyPrefix the start of every Redis key this service writes, so that one Redis can serve several installations
 * @param cacheTtl how long the stock card cache lives in Redis after its last write
 * @param writePermitLease how long a Luca write permit stays taken if its node dies before giving it back
 */
@ConfigurationProperties("sync.cluster")
public record ClusterProperties(String nodeName, String redisKeyPrefix, Duration cacheTtl, Duration writePermitLease) {

    public ClusterProperties {
        nodeName = nodeName == null || nodeName.isBlank() ? defaultNodeName() : nodeName;
        redisKeyPrefix = redisKeyPrefix == null || redisKeyPrefix.isBlank() ? "katana-luca-sync:" : redisKeyPrefix;
        cacheTtl = cacheTtl == null ? Duration.ofHours(24) : cacheTtl;
        writePermitLease = writePermitLease == null ? Duration.ofMinutes(2) : writePermitLease;
    }

    private static String defaultNodeName() {
        String host = System.getenv().getOrDefault("HOSTNAME", "node");
        return host + "-" + UUID.randomUUID().toString().substring(0, 6);
    }
}
