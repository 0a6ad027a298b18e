package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.HttpReply;
import io.katanaluca.sim.http.Json;
import tools.jackson.databind.node.ObjectNode;

/** Luca's reply shapes: {@code {"code","message"}}, {@code {"error","message"}} or HTML, nearly always HTTP 200. */
final class LucaReplies {

    static final String JSON = "application/json; charset=UTF-8";
    static final String HTML = "text/html; charset=UTF-8";

    private LucaReplies() {
    }

    static HttpReply json(Object body) {
        return HttpReply.json(200, JSON, body);
    }

    static HttpReply html(int status, String page) {
        return HttpReply.text(status, HTML, page);
    }

    static HttpReply code(int code, String message) {
        return json(Json.object().put("code", code).put("message", message));
    }

    static HttpReply notLoggedIn() {
        return code(1001, "Login olunmalı.");
    }

    static HttpReply branchRequired() {
        return code(1003, "Şirket şube seçimi yapılmalı.");
    }

    static HttpReply error(String message) {
        return json(Json.object().put("error", true).put("message", message));
    }

    /** What Luca answers when it cannot bind the body at all: no message to go by. */
    static HttpReply malformed() {
        return json(Json.object().put("error", true));
    }

    static HttpReply problem(LucaProblem problem) {
        return problem.isMalformed() ? malformed() : error(problem.message());
    }

    static ObjectNode ok(String message) {
        return Json.object().put("error", false).put("message", message);
    }

    static HttpReply withSession(HttpReply reply, String sessionId) {
        return reply.withHeader("Set-Cookie", "JSESSIONID=" + sessionId + "; Path=/; HttpOnly");
    }
}
