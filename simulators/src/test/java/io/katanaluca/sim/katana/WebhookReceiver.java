package io.katanaluca.sim.katana;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.katanaluca.sim.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/** The receiving end of webhooks in tests: a JDK server on 127.0.0.1 that records every POST. */
final class WebhookReceiver implements AutoCloseable {

    /** How long a test waits for deliveries before it fails. */
    static final long WAIT_MILLIS = 5_000;

    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final List<Received> received = new ArrayList<>();
    private final Deque<Integer> statuses = new ArrayDeque<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private boolean hanging;

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", receiver::receive);
            server.setExecutor(receiver.workers);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/katana";
    }

    /** Answers the next requests with these statuses, then 200. */
    synchronized WebhookReceiver answering(int... next) {
        for (int status : next) {
            statuses.addLast(status);
        }
        return this;
    }

    /** Holds every request without an answer until close(). */
    synchronized WebhookReceiver hanging() {
        hanging = true;
        return this;
    }

    /** Waits until at least {@code count} requests arrived; fails the test after {@link #WAIT_MILLIS}. */
    synchronized List<Received> await(int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (received.size() < count) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("Expected " + count + " webhook requests, got " + received);
            }
            wait(left);
        }
        return List.copyOf(received);
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        workers.shutdownNow();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            int status = record(new Received(exchange.getRequestMethod(), in.readAllBytes(),
                    exchange.getRequestHeaders()));
            if (status == 0) {
                released.await();
            }
            exchange.sendResponseHeaders(status == 0 ? 200 : status, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    /** Returns the status to answer, 0 to hang. */
    private synchronized int record(Received request) {
        received.add(request);
        notifyAll();
        if (hanging) {
            return 0;
        }
        return statuses.isEmpty() ? 200 : statuses.removeFirst();
    }

    /** One received request: the raw body bytes exactly as sent, and the headers. */
    record Received(String method, byte[] body, Headers headers) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return Json.parse(text());
        }

        String header(String name) {
            return headers.getFirst(name);
        }

        /** "product.updated 1000001" */
        String event() {
            JsonNode json = json();
            return json.path("action").asString() + " " + json.path("object").path("id").asLong();
        }

        @Override
        public String toString() {
            return method + " " + text() + " retry=" + header("X-Katana-Retry-Num");
        }
    }
}
