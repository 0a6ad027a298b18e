package io.katanaluca.sync.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Katana's quota belongs to an API key; the shared bucket is named by a hash of it, so the key never lands in Redis or a table. */
final class KatanaBudgetKey {

    private KatanaBudgetKey() {
    }

    static String hashOf(String apiKey) {
        try {
            String key = apiKey == null ? "" : apiKey.strip(); // a missing key is reported where the Katana client is built
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static long numericHashOf(String apiKey) {
        return Long.parseUnsignedLong(hashOf(apiKey), 16);
    }
}
