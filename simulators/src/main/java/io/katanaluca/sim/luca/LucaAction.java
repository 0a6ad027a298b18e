package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.HttpReply;

/** One emulated {@code <Action>.do}. Session and branch checks happen before it runs. */
@FunctionalInterface
interface LucaAction {

    /** Who may call an action: Giris.do anyone, branch calls any session, stock cards a session with a branch. */
    enum Access { ANYONE, LOGGED_IN, BRANCH_SELECTED }

    HttpReply handle(LucaCall call);
}
