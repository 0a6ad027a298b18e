package io.katanaluca.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** A JVM started by the benchmark, its output in a log file; stopped (SIGTERM, then SIGKILL) on close. */
final class ChildProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    private final Thread killOnExit;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        // A benchmark stopped by Ctrl+C or SIGTERM takes its processes with it.
        this.killOnExit = new Thread(process::destroyForcibly, "stop-" + name);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            return new ChildProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the " + name + ": " + command, e);
        }
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** Polls until {@code ready} gives a value; fails early with the log's tail if the process ended. */
    <T> T await(String what, Duration timeout, Supplier<Optional<T>> ready) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> value = ready.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The " + name + " ended (exit " + process.exitValue() + ") before " + what + "; log " + log + ":\n" + tail());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The " + name + " did not get to " + what + " within " + timeout + "; log " + log + ":\n" + tail());
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // The JVM is shutting down already; the hook stops the process.
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM (the JVM's shutdown hooks run), SIGKILL if it has not ended within 30 s or we are interrupted. */
    @Override
    public void close() {
        removeShutdownHook();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
