package io.katanaluca.sync.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

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
