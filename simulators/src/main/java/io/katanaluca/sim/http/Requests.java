package io.katanaluca.sim.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/** Reading what a client sent. */
public final class Requests {

    private Requests() {
    }

    /**
     * The body decoded with the charset named in Content-Type, else UTF-8: Luca clients are
     * known to send ISO-8859-9, and the simulator must see the text the client meant.
     */
    public static String bodyText(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readAllBytes(), charsetOf(exchange.getRequestHeaders().getFirst("Content-Type")));
        }
    }

    static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        for (String part : contentType.split(";")) {
            String trimmed = part.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return charsetNamed(trimmed.substring("charset=".length()).replace("\"", ""));
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static Charset charsetNamed(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The request path without the query, e.g. {@code /v1/products}. */
    public static String path(HttpExchange exchange) {
        return exchange.getRequestURI().getPath();
    }
}
