package io.katanaluca.sync.cluster;

import io.katanaluca.sync.SyncServiceApplication;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the service in a JVM of its own, so that a test can kill it the hard way (SIGKILL), as a machine dies,
 * or stop it as an operator does (SIGTERM).
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);

    private final Process process;

    private ServiceProcess(Process process) {
        this.process = process;
    }

    public static ServiceProcess start(Map<String, String> properties, Path log) {
        return start(properties, log, Path.of("").toAbsolutePath());
    }

    /** Starts it in {@code workingDirectory}, where the default H2 file database ({@code ./data}) then lives. */
    public static ServiceProcess start(Map<String, String> properties, Path log, Path workingDirectory) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), SyncServiceApplication.class.getName()));
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        try {
            File logFile = log.toAbsolutePath().toFile();
            return new ServiceProcess(new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                    .redirectOutput(logFile).start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a service process", e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the process without letting it clean up: no shutdown hooks, no goodbye to JobRunr, Redis or PostgreSQL. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * Asks the process to stop (SIGTERM: its shutdown hooks run, Spring closes its context) and waits until it has
     * ended; returns its exit code. Kills it if it has not ended after a minute.
     */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            killHard();
            throw new IllegalStateException("The service did not stop within " + STOP_TIMEOUT + " of SIGTERM; killed it");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
