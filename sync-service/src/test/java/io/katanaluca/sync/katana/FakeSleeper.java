package io.katanaluca.sync.katana;

import io.katanaluca.sync.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Sleeps by advancing a {@link MutableClock}, and remembers every sleep asked for. */
final class FakeSleeper implements Sleeper {

    private final MutableClock clock;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    FakeSleeper(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        clock.advance(duration);
    }

    List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
