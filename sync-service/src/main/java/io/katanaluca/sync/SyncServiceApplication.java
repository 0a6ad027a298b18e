package io.katanaluca.sync;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SyncServiceApplication {

    /** The JVM's own setting for the common pool's size; see {@link #main}. */
    static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    /**
     * On a machine of one or two cores the JDK gives the common pool a single thread, and
     * completion stages that would run there get a new thread each instead: the JDK's HTTP client
     * started one for every Luca call (a Flight Recorder profile of 1,000 writes counted 1,028).
     * Two threads avoid that; a setting given on the command line wins.
     */
    public static void main(String[] args) {
        if (System.getProperty(COMMON_POOL_PARALLELISM) == null) {
            System.setProperty(COMMON_POOL_PARALLELISM, String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors() - 1)));
        }
        SpringApplication.run(SyncServiceApplication.class, args);
    }
}
