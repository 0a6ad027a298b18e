package io.katanaluca.sync.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KatanaSignatureTests {

    private static final String TOKEN = "73f82127d57a2cea";
    private static final byte[] BODY = "{\"resource_type\":\"product\",\"action\":\"product.updated\",\"webhook_id\":1,\"object\":{\"id\":7}}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldAcceptTheLowercaseHexHmacOfTheRawBody() {
        // the reference value was computed independently: printf '%s' "$BODY" | openssl dgst -sha256 -hmac 73f82127d57a2cea
        String reference = "a6eaffe34b8e24c4b68bff32794dad9fbb7b37f5628031e73f2425a6212c4c1c";

        assertThat(KatanaSignature.signHex(BODY, TOKEN)).isEqualTo(reference);
        assertThat(KatanaSignature.isValid(BODY, reference, TOKEN)).isTrue();
    }

    @Test
    void shouldRefuseAMissingSignature() {
        assertThat(KatanaSignature.isValid(BODY, null, TOKEN)).isFalse();
        assertThat(KatanaSignature.isValid(BODY, "", TOKEN)).isFalse();
    }

    @Test
    void shouldRefuseAWrongSignature() {
        String wrong = KatanaSignature.signHex("other".getBytes(StandardCharsets.UTF_8), TOKEN);

        assertThat(KatanaSignature.isValid(BODY, wrong, TOKEN)).isFalse();
    }

    @Test
    void shouldRefuseATamperedBody() {
        String signature = KatanaSignature.signHex(BODY, TOKEN);
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("\"id\":7", "\"id\":8").getBytes(StandardCharsets.UTF_8);

        assertThat(KatanaSignature.isValid(tampered, signature, TOKEN)).isFalse();
    }

    @Test
    void shouldRefuseASignatureMadeWithAnotherToken() {
        assertThat(KatanaSignature.isValid(BODY, KatanaSignature.signHex(BODY, "0000000000000000"), TOKEN)).isFalse();
    }

    @Test
    void shouldRefuseANonHexOrPrefixedHeader() {
        String valid = KatanaSignature.signHex(BODY, TOKEN);

        assertThat(KatanaSignature.isValid(BODY, "sha256=" + valid, TOKEN)).isFalse();
        assertThat(KatanaSignature.isValid(BODY, "zz" + valid.substring(2), TOKEN)).isFalse();
        assertThat(KatanaSignature.isValid(BODY, valid.substring(1), TOKEN)).isFalse();
    }

    @Test
    void shouldRefuseEverythingWhenNoTokenIsConfigured() {
        assertThat(KatanaSignature.isValid(BODY, KatanaSignature.signHex(BODY, TOKEN), null)).isFalse();
        assertThat(KatanaSignature.isValid(BODY, KatanaSignature.signHex(BODY, TOKEN), "")).isFalse();
    }
}
