package io.katanaluca.sync.cluster;

import io.katanaluca.sync.SyncServiceApplication;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** One instance of the service, started in this JVM as its own application context, as a node of a cluster. */
final class ServiceNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ServiceNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a node with these settings as command-line arguments, so they win over application.yml as in production. */
    static ServiceNode start(Map<String, String> properties) {
        String[] arguments = properties.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        return new ServiceNode(new SpringApplicationBuilder(SyncServiceApplication.class).run(arguments));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
