package io.katanaluca.sim.luca;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.katanaluca.sim.http.HttpReply;
import io.katanaluca.sim.http.Requests;
import java.io.IOException;
import java.util.List;

/** Splits traffic between the admin endpoints and the emulated {@code /Yetki/} API. */
final class LucaHttpHandler implements HttpHandler {

    private static final String API_PREFIX = "/Yetki/";

    private final LucaApiHandler api;
    private final LucaAdminHandler admin;

    LucaHttpHandler(LucaApiHandler api, LucaAdminHandler admin) {
        this.api = api;
        this.admin = admin;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = Requests.path(exchange);
        String body = Requests.bodyText(exchange);
        if (path.startsWith("/_sim/")) {
            admin.handle(method, path, body).sendTo(exchange);
        } else if (path.startsWith(API_PREFIX)) {
            api.handle(call(exchange, method, path.substring(API_PREFIX.length()), body)).sendTo(exchange);
        } else {
            notFound().sendTo(exchange);
        }
    }

    private static LucaCall call(HttpExchange exchange, String method, String action, String body) {
        String noPaging = exchange.getRequestHeaders().getFirst("No-Paging");
        String sessionId = sessionId(exchange.getRequestHeaders().get("Cookie"));
        return new LucaCall(action, method, body, sessionId, null, "true".equalsIgnoreCase(noPaging));
    }

    /** The first JSESSIONID the client sent, as a servlet container reads it. */
    static String sessionId(List<String> cookieHeaders) {
        if (cookieHeaders == null) {
            return null;
        }
        for (String header : cookieHeaders) {
            for (String cookie : header.split(";")) {
                String trimmed = cookie.trim();
                if (trimmed.startsWith("JSESSIONID=")) {
                    return trimmed.substring("JSESSIONID=".length());
                }
            }
        }
        return null;
    }

    private static HttpReply notFound() {
        return LucaReplies.html(404, "<html><body><h1>404 Not Found</h1></body></html>");
    }
}
