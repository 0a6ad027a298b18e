package io.katanaluca.sync.api;

import io.katanaluca.sync.luca.LucaSessionManager;
import io.katanaluca.sync.luca.SessionStats;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The seed's session statistics: the shared Luca session, its id masked. */
@RestController
class SessionController {

    private final LucaSessionManager sessions;

    SessionController(LucaSessionManager sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/api/sync/session/stats")
    SessionStats stats() {
        return sessions.stats();
    }
}
