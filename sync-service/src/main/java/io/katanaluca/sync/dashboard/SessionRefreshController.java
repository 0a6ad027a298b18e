package io.katanaluca.sync.dashboard;

import io.katanaluca.sync.luca.LucaSessionManager;
import io.katanaluca.sync.luca.SessionStats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The seed's forced refresh of the shared Luca session, for an operator; answers with the new session's statistics. */
@RestController
@Tag(name = "Session")
class SessionRefreshController {

    private final LucaSessionManager sessions;

    SessionRefreshController(LucaSessionManager sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/api/sync/session/refresh")
    @Operation(summary = "Log in to Luca again now", description = "Runs share the session: calls already under way finish with the"
            + " old one or replay once with the new one.")
    SessionStats refresh() {
        sessions.refresh();
        return sessions.stats();
    }
}
