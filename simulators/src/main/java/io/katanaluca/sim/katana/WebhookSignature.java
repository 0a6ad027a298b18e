package io.katanaluca.sim.katana;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Katana's webhook secret and signature: the {@code x-sha2-signature} header is the lowercase
 * hex HMAC-SHA256 of the raw body, keyed with the UTF-8 bytes of the webhook's token.
 */
final class WebhookSignature {

    static final String HEADER = "x-sha2-signature";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private WebhookSignature() {
    }

    /** 16 lowercase hex characters, like {@code 73f82127d57a2cea}. */
    static String newToken() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    static String sign(String token, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
