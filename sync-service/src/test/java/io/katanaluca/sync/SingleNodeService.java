package io.katanaluca.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.katanaluca.sim.katana.KatanaSimulator;
import io.katanaluca.sim.luca.LucaSimulator;
import io.katanaluca.sync.cluster.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service as a single node in a process of its own, on its default H2 file database
 * ({@code ./data} in the working directory, as a single-node user has it), against the simulators:
 * started, driven through its API, then killed (SIGKILL) or stopped (SIGTERM) and started again on
 * the same file.
 */
final class SingleNodeService implements AutoCloseable {

    static final String PASSWORD = "single-node-secret";
    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final ServiceProcess process;
    private final int port;
    private final SyncApi api;
    private final Path log;

    private SingleNodeService(ServiceProcess process, int port, SyncApi api, Path log) {
        this.process = process;
        this.port = port;
        this.api = api;
        this.log = log;
    }

    /** Starts it in {@code workingDirectory}, its output in {@code log}, and waits until its API answers. */
    static SingleNodeService start(Map<String, String> settings, Path workingDirectory, Path log) {
        return start(settings, PASSWORD, workingDirectory, log);
    }

    /** As {@link #start(Map, Path, Path)}, with the password of {@code admin} that {@code settings} or their profile set. */
    static SingleNodeService start(Map<String, String> settings, String password, Path workingDirectory, Path log) {
        int port = freePort();
        Map<String, String> withPort = new LinkedHashMap<>(settings);
        withPort.put("server.port", Integer.toString(port));
        ServiceProcess process = ServiceProcess.start(withPort, log, workingDirectory);
        SyncApi api = new SyncApi(port, "admin", password);
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> !process.isAlive() || api.get("/api/sync/schedules").statusCode() == 200);
        assertThat(process.isAlive()).as("service started; see %s", log).isTrue();
        return new SingleNodeService(process, port, api, log);
    }

    /** The settings of a node against these simulators, with short retry backoffs and no JobRunr dashboard. */
    static Map<String, String> settings(KatanaSimulator katana, LucaSimulator luca, int katanaPageSize) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.security.user.password", PASSWORD);
        settings.put("server.address", "127.0.0.1");
        settings.put("jobrunr.dashboard.enabled", "false");
        settings.put("katana.base-url", katana.baseUrl());
        settings.put("katana.api-key", "katana-demo-key");
        settings.put("katana.page-size", Integer.toString(katanaPageSize));
        settings.put("katana.rate-limit-requests", "100000");
        settings.put("luca.base-url", luca.baseUrl());
        settings.put("luca.org-code", "1234");
        settings.put("luca.username", "demo");
        settings.put("luca.password", "demo-pass");
        settings.put("sync.retry.luca.initial-backoff", "50ms");
        settings.put("sync.retry.katana.initial-backoff", "50ms");
        return settings;
    }

    SyncApi api() {
        return api;
    }

    int port() {
        return port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    void killHard() throws InterruptedException {
        process.killHard();
    }

    /** Stops it as an init system or {@code docker stop} does (SIGTERM) and waits until it has ended. */
    void stop() throws InterruptedException {
        process.stop();
    }

    /** Every line the process wrote, standard output and error together. */
    List<String> logLines() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + log, e);
        }
    }

    @Override
    public void close() {
        process.close();
    }

    /** A loopback port free at the moment of asking. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
