package io.katanaluca.sim.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a bug in a simulator into a visible 500 instead of a hung connection. An I/O failure on the
 * exchange is no bug: the client hung up (it timed out on an injected delay, or its test ended), so
 * it is only a debug line, and a stack trace in the log always means a simulator bug.
 */
final class SafeHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(SafeHandler.class);

    private final HttpHandler delegate;

    SafeHandler(HttpHandler delegate) {
        this.delegate = delegate;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            delegate.handle(exchange);
        } catch (IOException clientGone) {
            log.debug("Client gone before the simulator answered {} {}: {}", exchange.getRequestMethod(), exchange.getRequestURI(),
                    clientGone.toString());
        } catch (RuntimeException | AssertionError e) {
            log.warn("Simulator failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            trySendBug(exchange, e);
        } finally {
            exchange.close();
        }
    }

    private static void trySendBug(HttpExchange exchange, Throwable e) {
        try {
            byte[] body = ("Simulator bug: " + e).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException | RuntimeException ignored) {
            // Headers were already sent or the client is gone: nothing more to tell it.
        }
    }
}
