package io.katanaluca.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak heap and peak RSS of the service's JVM over one run: the GC log's pre-collection peaks
 * plus jstat samples for the heap, {@code VmHWM} (reset through {@code clear_refs}) for RSS.
 */
final class MemoryProbe implements AutoCloseable {

    private final long pid;
    private final Path gcLog;
    private final HeapSampler sampler;
    private long gcLogOffset;

    MemoryProbe(long pid, Path gcLog) {
        this.pid = pid;
        this.gcLog = gcLog;
        this.sampler = HeapSampler.attach(pid);
    }

    /** Starts a new measuring window. */
    void reset() {
        gcLogOffset = GcLog.length(gcLog);
        sampler.takePeak();
        try {
            // "5" resets the peak resident set size (VmHWM) to the current one (Linux 4.0+).
            Files.writeString(proc("clear_refs"), "5");
        } catch (IOException e) {
            System.err.println("Could not reset VmHWM of " + pid + " (" + e.getMessage() + "); peak RSS is since the JVM started");
        }
    }

    Peaks peaks() {
        long heap = Math.max(sampler.takePeak(), GcLog.peakBeforeCollectionSince(gcLog, gcLogOffset));
        return new Peaks(heap, peakRss());
    }

    private long peakRss() {
        try {
            return Files.readAllLines(proc("status")).stream().filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).findFirst().orElse(0L);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path proc(String file) {
        return Path.of("/proc", String.valueOf(pid), file);
    }

    @Override
    public void close() {
        sampler.close();
    }

    record Peaks(long heapBytes, long rssBytes) {
    }
}
