package io.katanaluca.sync.webhook;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.katanaluca.sync.system.SecurityConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = KatanaWebhookController.class)
@Import({SecurityConfiguration.class, KatanaWebhookControllerTests.Wiring.class})
@TestPropertySource(properties = "spring.security.user.password=secret")
class KatanaWebhookControllerTests {

    private static final String BODY = "{\"resource_type\":\"variant\",\"action\":\"variant.updated\",\"webhook_id\":3,\"object\":{\"id\":\"42\"}}";

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private JdbcWebhookEventRepository events;
    @MockitoBean
    private WebhookScheduling scheduling;
    @MockitoBean
    private WebhookTokens tokens;

    @org.junit.jupiter.api.BeforeEach
    void tokenFromConfiguration() {
        given(tokens.current()).willReturn("73f82127d57a2cea");
    }

    @Test
    void shouldRecordASignedEventWithoutBasicAuth() throws Exception {
        given(events.recordUnlessPending(any(), any(), anyInt(), any())).willReturn(true);

        mvc.perform(post("/api/webhooks/katana").contentType(MediaType.APPLICATION_JSON).content(BODY)
                        .header("x-sha2-signature", KatanaSignature.signHex(bytes(BODY), "73f82127d57a2cea")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.duplicate").value(false));
        verify(events).recordUnlessPending(any(), eq(new WebhookEvent("variant", "variant.updated", 3L, 42L)), eq(0), any());
        verify(scheduling).scheduleProcessing();
    }

    @Test
    void shouldRecognizeARetryOfAPendingDelivery() throws Exception {
        given(events.recordUnlessPending(any(), any(), anyInt(), any())).willReturn(false);

        mvc.perform(post("/api/webhooks/katana").contentType(MediaType.APPLICATION_JSON).content(BODY).header("X-Katana-Retry-Num", "2")
                        .header("x-sha2-signature", KatanaSignature.signHex(bytes(BODY), "73f82127d57a2cea")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.duplicate").value(true));
        verify(events).recordUnlessPending(any(), any(), eq(2), any());
        verifyNoInteractions(scheduling);
    }

    @Test
    void shouldAnswer401AndRecordNothingForAWrongSignature() throws Exception {
        mvc.perform(post("/api/webhooks/katana").contentType(MediaType.APPLICATION_JSON).content(BODY)
                        .header("x-sha2-signature", KatanaSignature.signHex(bytes(BODY), "0000000000000000")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/webhooks/katana").contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(events, scheduling);
    }

    @Test
    void shouldAnswer400ForASignedBodyThatIsNoEvent() throws Exception {
        String notAnEvent = "[1,2,3]";

        mvc.perform(post("/api/webhooks/katana").contentType(MediaType.APPLICATION_JSON).content(notAnEvent)
                        .header("x-sha2-signature", KatanaSignature.signHex(bytes(notAnEvent), "73f82127d57a2cea")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(events);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static class Wiring {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
