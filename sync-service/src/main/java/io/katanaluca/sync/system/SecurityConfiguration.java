package io.katanaluca.sync.system;

import io.katanaluca.sync.api.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * HTTP basic auth on the API and the web dashboard with the credentials of {@code spring.security.user.*};
 * health stays open for load balancers, and Katana's webhook deliveries are authenticated by their
 * signature. Spring's CSRF tokens are off because no session or cookie is used; the basic-auth
 * credentials a browser caches are guarded by the dashboard's {@code CrossSiteWriteFilter} instead,
 * which refuses writes another site makes the browser send. Refusals are problem+json like every
 * other error, and never say which part of the credentials was wrong, nor repeat them.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** The realm Spring Security's basic auth names by default, kept so browsers' saved logins still match. */
    static final String REALM = "Realm";

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        // Katana cannot send basic auth; its HMAC signature authenticates each delivery.
                        .requestMatchers(HttpMethod.POST, "/api/webhooks/katana").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(basicAuthChallenge()))
                .exceptionHandling(errors -> errors.accessDeniedHandler(accessDenied()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** Missing and refused credentials alike: 401 with the basic-auth challenge, whatever was tried. */
    static AuthenticationEntryPoint basicAuthChallenge() {
        return (request, response, refused) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
            ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, "Authentication required",
                    "Send the API user's name and password as HTTP basic credentials (spring.security.user.name and"
                            + " spring.security.user.password); none came with this request, or they were not accepted.");
        };
    }

    static AccessDeniedHandler accessDenied() {
        return (request, response, denied) -> ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "Forbidden",
                "The credentials were accepted, but they do not allow this request.");
    }
}
