package io.katanaluca.sync.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import redis.embedded.RedisServer;

/**
 * A real PostgreSQL 17 and a real Redis for the integration tests, from Maven artifacts (no
 * installation, no Docker), started once per test JVM on 127.0.0.1 and stopped when it exits.
 * Each test gets its own database, and its own key prefix in Redis.
 */
public final class EmbeddedServers {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private static RedisServer redis;
    private static int redisPort;

    private EmbeddedServers() {
    }

    /** A new, empty database; with {@code migrated} the service's Flyway migrations have run on it. */
    public static synchronized String newPostgresDatabase(String name, boolean migrated) {
        String database = name.toLowerCase() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres().getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
        String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
        if (migrated) {
            Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
        }
        return url;
    }

    public static DriverManagerDataSource dataSource(String url) {
        return new DriverManagerDataSource(url, "postgres", "");
    }

    public static synchronized String redisUrl() {
        if (redis == null) {
            redisPort = freePort();
            try {
                redis = RedisServer.newRedisServer().port(redisPort).bind("127.0.0.1").setting("save \"\"").setting("appendonly no").build();
                redis.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded Redis", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedServers::stopRedis));
        }
        return "redis://127.0.0.1:" + redisPort;
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("max_connections", "200").start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedServers::stopPostgres));
        }
        return postgres;
    }

    private static void stopRedis() {
        try {
            redis.stop();
        } catch (IOException e) {
            // the JVM is exiting anyway
        }
    }

    private static void stopPostgres() {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is exiting anyway
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
