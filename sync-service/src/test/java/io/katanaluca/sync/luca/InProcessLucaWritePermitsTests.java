package io.katanaluca.sync.luca;

import java.time.Duration;

class InProcessLucaWritePermitsTests extends LucaWritePermitsContract {

    @Override
    protected LucaWritePermits newPermits(int cap, Duration lease) {
        return new InProcessLucaWritePermits(cap);
    }

    @Override
    protected LucaWritePermits sameStorageAs(LucaWritePermits permits, int cap, Duration lease) {
        return permits; // in-process: "another node" can only be this one
    }

    @Override
    protected boolean expiresLeases() {
        return false; // a permit of this process is given back in a finally block; there is no other node to die
    }
}
