package io.katanaluca.sync.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP basic auth on the API and the web dashboard with the credentials of {@code spring.security.user.*};
 * health stays open for load balancers, and Katana's webhook deliveries are authenticated by their
 * signature. Spring's CSRF tokens are off because no session or cookie is used; the basic-auth
 * credentials a browser caches are guarded by the dashboard's {@code CrossSiteWriteFilter} instead,
 * which refuses writes another site makes the browser send.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        // Katana cannot send basic auth; its HMAC signature authenticates each delivery.
                        .requestMatchers(HttpMethod.POST, "/api/webhooks/katana").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
