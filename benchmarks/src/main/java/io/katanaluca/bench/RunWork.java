package io.katanaluca.bench;

/**
 * The work a run cannot avoid: the Katana pages it must read, the Luca writes it must make, and
 * whether it must log in (the first run of a service process; later runs reuse the live session).
 */
record RunWork(int katanaPages, int lucaWrites, boolean needsLogin) {

    RunWork {
        if (katanaPages < 0 || lucaWrites < 0) {
            throw new IllegalArgumentException("Negative work: " + katanaPages + " pages, " + lucaWrites + " writes");
        }
    }
}
