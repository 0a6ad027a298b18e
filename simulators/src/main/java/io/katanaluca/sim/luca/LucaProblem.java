package io.katanaluca.sim.luca;

/** Why Luca refuses a stock-card body; no message means the body could not be read at all. */
record LucaProblem(String message) {

    static LucaProblem malformed() {
        return new LucaProblem(null);
    }

    static LucaProblem required(String field) {
        return new LucaProblem("[" + field + "] alanı zorunludur.");
    }

    boolean isMalformed() {
        return message == null;
    }
}
