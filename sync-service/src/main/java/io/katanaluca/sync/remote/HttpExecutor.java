package io.katanaluca.sync.remote;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads the Luca and Katana HTTP clients stream request bodies and complete exchanges on.
 * Without it Spring's JDK request factory starts a new thread for every request body (the JDK's
 * own completion stages did too on a two-core machine: see {@code SyncServiceApplication.main}).
 * A cached pool of daemon threads reuses them and needs no shutdown.
 */
public final class HttpExecutor {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService SHARED = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "remote-http-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private HttpExecutor() {
    }

    public static ExecutorService shared() {
        return SHARED;
    }
}
