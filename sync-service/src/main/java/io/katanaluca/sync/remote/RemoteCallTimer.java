package io.katanaluca.sync.remote;

import java.time.Duration;

/**
 * Hears about every HTTP request made to Katana or Luca: the endpoint, the HTTP status (or
 * {@link #NO_RESPONSE}) and how long it took. The HTTP helpers report here; monitoring turns it
 * into latency and error metrics by endpoint.
 */
@FunctionalInterface
public interface RemoteCallTimer {

    /** The status reported when no HTTP reply arrived (connection refused, timeout, broken off). */
    int NO_RESPONSE = 0;

    /** Records nothing: for clients built without monitoring, e.g. in tests. */
    RemoteCallTimer NONE = (system, endpoint, status, elapsed) -> { };

    /**
     * @param system {@code Luca} or {@code Katana}
     * @param endpoint a fixed name per kind of request (never ids or page numbers), e.g. {@code EkleStkWsSkart.do}
     * @param status the HTTP status, or {@link #NO_RESPONSE}
     */
    void record(String system, String endpoint, int status, Duration elapsed);
}
