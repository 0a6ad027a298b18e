package io.katanaluca.sync.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Where the state that nodes must share lives, decided by configuration alone: Redis when
 * {@code spring.data.redis.url} is set, else PostgreSQL when the datasource is PostgreSQL, else
 * nowhere but this process (one node on H2, the embedded default).
 */
public enum ClusterMode {
    REDIS, DATABASE, EMBEDDED;

    public static ClusterMode of(Environment environment) {
        if (!environment.getProperty("spring.data.redis.url", "").isBlank()) {
            return REDIS;
        }
        return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:") ? DATABASE : EMBEDDED;
    }

    /** Condition: Redis is configured. */
    public static final class OnRedis implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return of(context.getEnvironment()) == REDIS;
        }
    }

    /** Condition: no Redis, but a PostgreSQL database every node shares. */
    public static final class OnDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return of(context.getEnvironment()) == DATABASE;
        }
    }

    /** Condition: one node, nothing shared. */
    public static final class OnEmbedded implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return of(context.getEnvironment()) == EMBEDDED;
        }
    }

    /** Condition: no Redis (per-node caches). */
    public static final class WithoutRedis implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return of(context.getEnvironment()) != REDIS;
        }
    }
}
