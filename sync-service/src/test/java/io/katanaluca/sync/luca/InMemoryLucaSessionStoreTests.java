package io.katanaluca.sync.luca;

class InMemoryLucaSessionStoreTests extends LucaSessionStoreContract {

    @Override
    protected LucaSessionStore newStore() {
        return new InMemoryLucaSessionStore(clock);
    }

    @Override
    protected LucaSessionStore sameStorageAs(LucaSessionStore store) {
        return store; // in-process: "another node" can only be this one
    }
}
