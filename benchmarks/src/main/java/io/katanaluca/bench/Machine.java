package io.katanaluca.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Where and on what the figures were taken: date, CPUs, memory, Java, commit, and how busy the machine was. */
record Machine(Instant date, int cpus, String memory, String java, String commit, String loadBefore) {

    static Machine describe() {
        return new Machine(Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(), totalMemory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"), headCommit(), loadAverage());
    }

    /** The 1, 5 and 15 minute load averages. */
    static String loadAverage() {
        String line = firstLine(Path.of("/proc/loadavg"));
        String[] fields = line.split(" ");
        return fields.length < 3 ? "unknown" : fields[0] + " / " + fields[1] + " / " + fields[2];
    }

    /** A one-minute load average above half the CPUs means other work ran beside the benchmark. */
    boolean wasLoaded() {
        try {
            return Double.parseDouble(loadBefore.split(" ")[0]) > cpus / 2.0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String totalMemory() {
        String total = readLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:")).findFirst().orElse("");
        String kilobytes = total.replaceAll("\\D", "");
        return kilobytes.isEmpty() ? "unknown" : Math.round(Long.parseLong(kilobytes) / 1048576.0) + " GiB";
    }

    private static String headCommit() {
        String hash = git("rev-parse", "--short", "HEAD");
        return git("status", "--porcelain", "--untracked-files=no").isBlank() ? hash : hash + " (with uncommitted changes)";
    }

    private static String git(String... args) {
        try {
            List<String> command = new ArrayList<>(List.of("git"));
            command.addAll(List.of(args));
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String firstLine(Path file) {
        List<String> lines = readLines(file);
        return lines.isEmpty() ? "" : lines.get(0);
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
