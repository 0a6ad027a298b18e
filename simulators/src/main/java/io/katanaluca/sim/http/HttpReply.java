package io.katanaluca.sim.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP reply built before it is written, so handlers stay plain functions. */
public final class HttpReply {

    /** Status of {@link #connectionDropped()}: nothing is written. */
    private static final int NO_REPLY = -1;

    private final int status;
    private final String contentType;
    private final byte[] body;
    private final Map<String, String> headers;

    private HttpReply(int status, String contentType, byte[] body, Map<String, String> headers) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.headers = headers;
    }

    public static HttpReply of(int status, String contentType, byte[] body) {
        return new HttpReply(status, contentType, body, Map.of());
    }

    public static HttpReply text(int status, String contentType, String text) {
        return of(status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    public static HttpReply json(int status, String contentType, Object body) {
        return of(status, contentType, Json.bytes(body));
    }

    /**
     * No reply at all: the connection closes before a status line is written, as when a reply is
     * lost on the way. The JDK server closes the connection of an exchange closed unanswered.
     */
    public static HttpReply connectionDropped() {
        return of(NO_REPLY, "", new byte[0]);
    }

    public boolean isConnectionDropped() {
        return status == NO_REPLY;
    }

    public HttpReply withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new HttpReply(status, contentType, body, copy);
    }

    public int status() {
        return status;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
        return headers.get(name);
    }

    public void sendTo(HttpExchange exchange) throws IOException {
        if (isConnectionDropped()) {
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", contentType);
        headers.forEach(exchange.getResponseHeaders()::add);
        boolean noBody = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
