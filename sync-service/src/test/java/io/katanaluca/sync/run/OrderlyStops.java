package io.katanaluca.sync.run;

import org.jobrunr.server.BackgroundJobServer;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** {@link OrderlyStop}s without a job server, for tests of the jobs: the service running, or stopping. */
final class OrderlyStops {

    private OrderlyStops() {
    }

    static OrderlyStop running() {
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        return new OrderlyStop(none.getBeanProvider(BackgroundJobServer.class), none.getBeanProvider(RestartRecovery.class));
    }

    static OrderlyStop stopping() {
        OrderlyStop stop = running();
        stop.start();
        stop.stop();
        return stop;
    }
}
