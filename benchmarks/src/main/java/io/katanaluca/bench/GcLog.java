package io.katanaluca.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code -Xlog:gc} output: "Pause Young ... 150M->30M(256M)" says how much heap was in use
 * just before a collection, which is where the heap peaks.
 */
final class GcLog {

    private static final Pattern BEFORE_AFTER = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private GcLog() {
    }

    static long length(Path log) {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The highest heap use before a collection logged after byte {@code offset}; 0 if none was. */
    static long peakBeforeCollectionSince(Path log, long offset) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(Math.min(offset, file.length()));
            byte[] rest = new byte[(int) (file.length() - file.getFilePointer())];
            file.readFully(rest);
            return peakBeforeCollection(List.of(new String(rest, StandardCharsets.UTF_8).split("\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long peakBeforeCollection(List<String> lines) {
        long peak = 0;
        for (String line : lines) {
            Matcher matcher = BEFORE_AFTER.matcher(line);
            if (matcher.find()) {
                peak = Math.max(peak, bytes(matcher.group(1), matcher.group(2)));
            }
        }
        return peak;
    }

    private static long bytes(String number, String unit) {
        long value = Long.parseLong(number);
        return switch (unit) {
            case "K" -> value << 10;
            case "M" -> value << 20;
            default -> value << 30;
        };
    }
}
