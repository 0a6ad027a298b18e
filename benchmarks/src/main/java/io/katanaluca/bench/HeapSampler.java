package io.katanaluca.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the heap in use of another JVM every 250 ms with {@code jstat -gc} (survivors, eden and
 * old generation), between the collections that {@link GcLog} sees. Best effort: without jstat
 * the peak is the GC log's alone.
 */
final class HeapSampler implements AutoCloseable {

    private static final List<String> USED_COLUMNS = List.of("S0U", "S1U", "EU", "OU");

    private final AtomicLong peakBytes = new AtomicLong();
    private final Process jstat;

    private HeapSampler(Process jstat) {
        this.jstat = jstat;
    }

    static HeapSampler attach(long pid) {
        try {
            Process jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "250").redirectErrorStream(true).start();
            HeapSampler sampler = new HeapSampler(jstat);
            Thread reader = new Thread(sampler::read, "jstat-" + pid);
            reader.setDaemon(true);
            reader.start();
            return sampler;
        } catch (IOException e) {
            System.err.println("jstat is not available (" + e.getMessage() + "); peak heap from the GC log only");
            return new HeapSampler(null);
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            int[] columns = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.trim().split("\\s+");
                if (line.contains("EU")) {
                    List<String> header = Arrays.asList(fields);
                    columns = USED_COLUMNS.stream().mapToInt(header::indexOf).toArray();
                } else if (columns != null) {
                    record(fields, columns);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The JVM it watched ended, or jstat printed something else: the samples so far stand.
        }
    }

    private void record(String[] fields, int[] columns) {
        double kilobytes = 0;
        for (int column : columns) {
            kilobytes += Double.parseDouble(fields[column]);
        }
        long bytes = (long) (kilobytes * 1024);
        peakBytes.accumulateAndGet(bytes, Math::max);
    }

    long takePeak() {
        return peakBytes.getAndSet(0);
    }

    @Override
    public void close() {
        if (jstat != null) {
            jstat.destroy();
        }
    }
}
