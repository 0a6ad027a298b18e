package io.katanaluca.sync.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.boot.security.autoconfigure.SecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The API user of {@code spring.security.user.*}, checked with a SHA-256 digest compared in
 * constant time. Boot's default would re-encode the password with BCrypt on first use, and then
 * every request of every poller pays a BCrypt check (the benchmark's profile showed 44% of the
 * CPU there). BCrypt's slowness guards stored hashes against offline cracking; this password is
 * not stored anywhere but the configuration it comes from, so it buys nothing here.
 */
@Configuration(proxyBeanMethods = false)
class ApiUsers {

    @Bean
    PasswordEncoder apiPasswordEncoder() {
        return new Sha256PasswordEncoder();
    }

    /** A plain lambda, not a password-upgrading manager, so the digest is never replaced by BCrypt. */
    @Bean
    UserDetailsService apiUserDetails(SecurityProperties security, PasswordEncoder encoder) {
        SecurityProperties.User user = security.getUser();
        String digest = encoder.encode(user.getPassword());
        String[] roles = user.getRoles().toArray(String[]::new);
        return username -> {
            if (!user.getName().equals(username)) {
                throw new UsernameNotFoundException("unknown user");
            }
            return User.withUsername(username).password(digest).roles(roles).build();
        };
    }

    static final class Sha256PasswordEncoder implements PasswordEncoder {

        @Override
        public String encode(CharSequence raw) {
            return HexFormat.of().formatHex(sha256(raw));
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            if (raw == null || encoded == null || encoded.length() != 64) {
                return false;
            }
            return MessageDigest.isEqual(sha256(raw), HexFormat.of().parseHex(encoded));
        }

        private static byte[] sha256(CharSequence raw) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(raw.toString().getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }
    }
}
