package io.katanaluca.sync.dashboard;

import io.katanaluca.sync.api.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses state-changing requests that a browser sends on behalf of another site. A browser that
 * has logged in to the dashboard sends the basic-auth credentials with every request to this host,
 * including a form another site submits (CSRF); browsers label those with {@code Sec-Fetch-Site}
 * (older ones only with {@code Origin}). Scripts and curl send neither and are not affected.
 */
@Component
class CrossSiteWriteFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isCrossSiteWrite(request)) {
            ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "Cross-site request refused",
                    "Requests another site makes the browser send may not change anything here; use the dashboard itself,"
                            + " or call the API from a script or curl (they send no Sec-Fetch-Site or Origin header).");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isCrossSiteWrite(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !OWN_FETCH_SITES.contains(fetchSite);
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return origin != null && !isOwnHost(origin, request.getHeader(HttpHeaders.HOST));
    }

    private static boolean isOwnHost(String origin, String host) {
        try {
            return host != null && host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
