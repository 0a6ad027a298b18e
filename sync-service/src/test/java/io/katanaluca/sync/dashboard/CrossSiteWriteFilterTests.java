package io.katanaluca.sync.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CrossSiteWriteFilterTests {

    @Test
    void shouldRefuseAWriteAnotherSiteMakesTheBrowserSend() {
        assertThat(CrossSiteWriteFilter.isCrossSiteWrite(request("POST", "cross-site", null))).isTrue();
        assertThat(CrossSiteWriteFilter.isCrossSiteWrite(request("DELETE", "same-site", null))).isTrue();
        assertThat(CrossSiteWriteFilter.isCrossSiteWrite(request("POST", null, "https://evil.example"))).isTrue();
    }

    @Test
    void shouldLetThePagesOwnWritesScriptsAndReadsThrough() {
        assertThat(CrossSiteWriteFilter.isCrossSiteWrite(request("POST", "same-origin", "http://sync.local:8080"))).isFalse();
        assertThat(CrossSiteWriteFilter.isCrossSiteWrite(request("POST", null, "http://sync.local:8080"))).isFalse();
        assertThat(CrossSiteWriteFilter.isCrossSiteWrite(request("POST", null, null))).isFalse();
        assertThat(CrossSiteWriteFilter.isCrossSiteWrite(request("GET", "cross-site", "https://evil.example"))).isFalse();
    }

    @Test
    void shouldAnswerARefusedWriteAsProblemJsonWithAReasonAndNotPassItOn() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new CrossSiteWriteFilter().doFilter(request("POST", "cross-site", "https://evil.example"), response, chain);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":403", "\"instance\":\"/api/sync/start\"")
                .contains("Requests another site makes the browser send may not change anything here");
        assertThat(chain.getRequest()).as("the request never reached the API").isNull();
    }

    private static MockHttpServletRequest request(String method, String fetchSite, String origin) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/sync/start");
        request.addHeader("Host", "sync.local:8080");
        if (fetchSite != null) {
            request.addHeader("Sec-Fetch-Site", fetchSite);
        }
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        return request;
    }
}
