package io.katanaluca.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sync service as its own JVM ({@code java -Xmx… -jar sync-service.jar}) on a fresh H2 file
 * database, pointed at the simulators, with schedules and the JobRunr dashboard off so that
 * nothing but the benchmark's runs happens. The JVM logs its collections to {@code gc.log}.
 */
final class ServiceProcess implements AutoCloseable {

    static final String USER = "admin";
    static final String PASSWORD = "bench";

    private final ChildProcess process;
    private final String baseUrl;
    private final Path gcLog;

    private ServiceProcess(ChildProcess process, String baseUrl, Path gcLog) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.gcLog = gcLog;
    }

    static ServiceProcess start(BenchmarkOptions options, SimulatorsProcess simulators, String xmx, Path dir) throws InterruptedException {
        int port = freePort();
        Path gcLog = dir.resolve("gc.log");
        List<String> command = new ArrayList<>(List.of(options.java(), "-Xmx" + xmx, "-Xlog:gc:file=" + gcLog));
        command.addAll(options.serviceJvmArgs());
        command.addAll(List.of("-jar", options.serviceJar(),
                "--server.port=" + port, "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db").resolve("sync") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                "--katana.base-url=" + simulators.get("katana"), "--katana.api-key=" + simulators.get("katana-key"),
                "--katana.rate-limit-requests=" + options.profile().katanaRequests(),
                "--katana.rate-limit-period=" + options.profile().katanaPeriod().toSeconds() + "s",
                "--katana.page-size=" + options.profile().katanaPageSize(),
                "--luca.base-url=" + simulators.get("luca"), "--luca.org-code=" + simulators.get("luca-org"),
                "--luca.username=" + simulators.get("luca-user"), "--luca.password=" + simulators.get("luca-password"),
                "--sync.parallelism=" + options.profile().parallelism(),
                "--sync.schedules.products-incremental.enabled=false", "--sync.schedules.products-nightly-full.enabled=false",
                "--sync.schedules.materials-incremental.enabled=false", "--sync.schedules.customers-hourly.enabled=false",
                "--jobrunr.dashboard.enabled=false",
                // Only SALES_INVOICE runs read these; the simulator's Luca knows the series EFA and the service card KARGO.
                "--sync.invoices.series=EFA", "--sync.invoices.since=2020-01-01", "--sync.invoices.shipping-card-code=KARGO"));
        command.addAll(options.serviceArgs());
        ChildProcess process = ChildProcess.start("service", command, Map.of("SPRING_SECURITY_USER_PASSWORD", PASSWORD), dir.resolve("service.log"));
        ServiceProcess service = new ServiceProcess(process, "http://127.0.0.1:" + port, gcLog);
        try {
            Http http = Http.anonymous();
            process.await("healthy", Duration.ofMinutes(5), () -> service.isHealthy(http) ? Optional.of(true) : Optional.empty());
            return service;
        } catch (RuntimeException | InterruptedException e) {
            process.close();
            throw e;
        }
    }

    private boolean isHealthy(Http http) {
        try {
            return http.get(baseUrl + "/actuator/health").isSuccess();
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    long pid() {
        return process.pid();
    }

    Path gcLog() {
        return gcLog;
    }

    Path log() {
        return process.log();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
