package io.katanaluca.sim.katana;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.katanaluca.sim.http.QueryString;
import io.katanaluca.sim.http.Requests;
import java.io.IOException;

/** Splits traffic between the admin endpoints and the emulated API. */
final class KatanaHttpHandler implements HttpHandler {

    private final KatanaApiHandler api;
    private final KatanaAdminHandler admin;
    private final WebhookAdminHandler webhookAdmin;

    KatanaHttpHandler(KatanaApiHandler api, KatanaAdminHandler admin, WebhookAdminHandler webhookAdmin) {
        this.api = api;
        this.admin = admin;
        this.webhookAdmin = webhookAdmin;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = Requests.path(exchange);
        String body = Requests.bodyText(exchange);
        if (path.startsWith(WebhookAdminHandler.PREFIX)) {
            webhookAdmin.handle(method, path, body).sendTo(exchange);
        } else if (path.startsWith("/_sim/")) {
            admin.handle(method, path, body).sendTo(exchange);
        } else {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            QueryString query = QueryString.parse(exchange.getRequestURI().getRawQuery());
            api.handle(method, path, authorization, query, body).sendTo(exchange);
        }
    }
}
