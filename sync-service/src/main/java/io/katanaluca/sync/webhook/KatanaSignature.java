package io.katanaluca.sync.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Katana's webhook signature: the {@code x-sha2-signature} header holds the lowercase hex
 * HMAC-SHA256 of the raw request body, keyed with the webhook's token. Compared in constant time
 * over the raw bytes, never over re-serialised JSON.
 */
final class KatanaSignature {

    private static final String HMAC = "HmacSHA256";

    private KatanaSignature() {
    }

    static boolean isValid(byte[] rawBody, String signatureHeader, String token) {
        if (signatureHeader == null || token == null || token.isEmpty() || !isHex(signatureHeader.trim())) {
            return false;
        }
        byte[] received = HexFormat.of().parseHex(signatureHeader.trim().toLowerCase(java.util.Locale.ROOT));
        return MessageDigest.isEqual(sign(rawBody, token), received);
    }

    static byte[] sign(byte[] rawBody, String token) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), HMAC));
            return mac.doFinal(rawBody);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static String signHex(byte[] rawBody, String token) {
        return HexFormat.of().formatHex(sign(rawBody, token));
    }

    private static boolean isHex(String value) {
        return !value.isEmpty() && value.length() % 2 == 0 && value.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
}
