package io.katanaluca.sim.luca;

import java.time.Instant;

/** A logged-in session; the branch is chosen later, by GuncelleYtkSirketSubeDegistir.do. */
final class LucaSession {

    private final String id;
    private final Instant expiresAt;
    private volatile LucaBranch branch;

    LucaSession(String id, Instant expiresAt) {
        this.id = id;
        this.expiresAt = expiresAt;
    }

    String id() {
        return id;
    }

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    boolean hasBranch() {
        return branch != null;
    }

    void selectBranch(LucaBranch branch) {
        this.branch = branch;
    }
}
