package io.katanaluca.sim.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JDK HTTP server bound to 127.0.0.1 with its own worker pool, one per simulator.
 * Loopback only because the simulators have no authentication worth exposing.
 */
public final class SimHttpServer implements AutoCloseable {

    /** Enough workers for 50 concurrent clients plus slow (latency-injected) requests. */
    private static final int WORKERS = 64;
    private static final int BACKLOG = 256;
    private static final Logger log = LoggerFactory.getLogger(SimHttpServer.class);

    static {
        // The JDK server writes headers and body separately; with Nagle on, every small reply
        // waits ~40 ms for a delayed ACK. Read once by the JDK, so set it before the first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final String name;
    private final HttpServer server;
    private final ExecutorService workers;

    private SimHttpServer(String name, HttpServer server, ExecutorService workers) {
        this.name = name;
        this.server = server;
        this.workers = workers;
    }

    /** Binds to 127.0.0.1:{@code port} (0 = any free port) and starts serving. */
    public static SimHttpServer start(String name, int port, HttpHandler handler) {
        ExecutorService workers = workerPool(name);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(loopback(), port), BACKLOG);
            server.createContext("/", new SafeHandler(handler));
            server.setExecutor(workers);
            server.start();
            log.info("{} simulator listening on http://127.0.0.1:{}", name, server.getAddress().getPort());
            return new SimHttpServer(name, server, workers);
        } catch (IOException e) {
            workers.shutdownNow();
            throw new UncheckedIOException("Cannot bind the " + name + " simulator to port " + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        log.info("{} simulator stopped", name);
    }

    private static InetAddress loopback() throws IOException {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    }

    private static ExecutorService workerPool(String name) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads(name));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Daemon threads, so a forgotten close() never keeps a test JVM alive. */
    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger counter = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name.toLowerCase() + "-sim-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
