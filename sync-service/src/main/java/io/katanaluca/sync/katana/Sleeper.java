package io.katanaluca.sync.katana;

import java.time.Duration;

/** Waiting, made a dependency so that tests can advance a fake clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
