package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.HttpReply;
import io.katanaluca.sim.http.Json;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** Giris.do, the branch list and the branch change. */
final class SessionActions {

    private final LucaSimulatorConfig config;
    private final SessionStore sessions;
    private final Clock clock;
    private final AtomicLong logins = new AtomicLong();

    SessionActions(LucaSimulatorConfig config, SessionStore sessions, Clock clock) {
        this.config = config;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** A GET shows the login page, as the browser flow that some clients copy does. */
    HttpReply login(LucaCall call) {
        if ("GET".equals(call.method())) {
            return LucaReplies.withSession(LucaReplies.html(200, LucaPages.LOGIN), sessions.newId());
        }
        if (!hasValidCredentials(call.json())) {
            return LucaReplies.code(99, "Kullanıcı adı veya şifre hatalı");
        }
        logins.incrementAndGet();
        LucaSession session = sessions.open(clock.instant());
        return LucaReplies.withSession(LucaReplies.code(0, "Giriş başarılı"), session.id());
    }

    HttpReply branches(LucaCall call) {
        ArrayNode list = Json.array();
        config.branches().forEach(b -> list.addObject().put("ack", b.ack()).put("id", b.id()));
        return LucaReplies.json(list);
    }

    HttpReply changeBranch(LucaCall call) {
        Optional<LucaBranch> branch = call.json().flatMap(this::branchOf);
        if (branch.isEmpty()) {
            return LucaReplies.branchRequired();
        }
        call.session().selectBranch(branch.get());
        return LucaReplies.json(Json.object()
                .put("message", "Oturumda Çalıştığınız Şirket Şube Başarıyla Değiştirildi.")
                .put("sirketSubeAdi", branch.get().ack()));
    }

    long loginCount() {
        return logins.get();
    }

    void resetLoginCount() {
        logins.set(0);
    }

    private boolean hasValidCredentials(Optional<JsonNode> body) {
        return body.filter(JsonNode::isObject)
                .filter(b -> config.orgCode().equals(b.path("orgCode").asString("")))
                .filter(b -> config.username().equals(b.path("userName").asString("")))
                .filter(b -> config.password().equals(b.path("userPassword").asString("")))
                .isPresent();
    }

    private Optional<LucaBranch> branchOf(JsonNode body) {
        String id = body.path("orgSirketSubeId").asString("").trim();
        return config.branches().stream().filter(b -> String.valueOf(b.id()).equals(id)).findFirst();
    }
}
