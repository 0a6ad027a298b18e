package io.katanaluca.sync.run;

import java.time.Instant;
import java.util.List;

/**
 * What a run reads from Katana. FULL reads everything; INCREMENTAL only what changed since
 * {@code updatedSince} (the payload hash still skips what did not really change); TARGETED only
 * the listed Katana ids (products or materials named by webhook events).
 */
public record RunScope(RunMode mode, Instant updatedSince, List<Long> katanaIds) {

    public enum RunMode { FULL, INCREMENTAL, TARGETED }

    public static final RunScope FULL = new RunScope(RunMode.FULL, null, List.of());

    public RunScope {
        katanaIds = katanaIds == null ? List.of() : List.copyOf(katanaIds);
    }

    public static RunScope incremental() {
        return new RunScope(RunMode.INCREMENTAL, null, List.of());
    }

    public static RunScope targeted(List<Long> katanaIds) {
        return new RunScope(RunMode.TARGETED, null, katanaIds);
    }

    RunScope since(Instant instant) {
        return new RunScope(mode, instant, katanaIds);
    }
}
