package io.katanaluca.sync.luca;

import io.katanaluca.sync.remote.RemoteCallTimer;
import io.katanaluca.sync.remote.HttpExecutor;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Wires the Luca client: one JDK HttpClient (HTTP/1.1, the protocol Luca's WebLogic speaks, and no
 * cookie jar: the session cookie is sent explicitly from the one shared session), one session manager.
 */
@Configuration(proxyBeanMethods = false)
public class LucaConfiguration {

    /** Every request is reported to the timer (monitoring's metrics) when there is one. */
    @Bean
    LucaHttp lucaHttp(LucaProperties props, Optional<RemoteCallTimer> timer) {
        return new LucaHttp(restClient(props), props.baseUrl(), props.charset(), timer.orElse(RemoteCallTimer.NONE));
    }

    @Bean
    public LucaLoginClient lucaLoginClient(LucaHttp lucaHttp, LucaProperties props) {
        return new LucaLoginClient(lucaHttp, props);
    }

    /** The session lives in this process unless a cluster shares it (a {@link LucaSessionStore} bean in Redis or the database). */
    @Bean
    public LucaSessionManager lucaSessionManager(LucaLoginClient lucaLoginClient, LucaProperties props, Clock clock,
            ObjectProvider<LucaSessionStore> sharedStore) {
        return new LucaSessionManager(lucaLoginClient, props, clock, sharedStore.getIfAvailable(() -> new InMemoryLucaSessionStore(clock)));
    }

    /** A session manager of one process, for use outside a Spring context. */
    public LucaSessionManager lucaSessionManager(LucaLoginClient lucaLoginClient, LucaProperties props, Clock clock) {
        return new LucaSessionManager(lucaLoginClient, props, clock);
    }

    @Bean
    public LucaClient lucaClient(LucaHttp lucaHttp, LucaSessionManager lucaSessionManager) {
        return new LucaClient(new LucaSessionCalls(lucaHttp, lucaSessionManager));
    }

    static RestClient restClient(LucaProperties props) {
        HttpClient httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(HttpExecutor.shared())
                .connectTimeout(props.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient, HttpExecutor.shared());
        requestFactory.setReadTimeout(props.readTimeout());
        return RestClient.builder().requestFactory(requestFactory).build();
    }
}
