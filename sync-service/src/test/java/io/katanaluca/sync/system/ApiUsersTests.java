package io.katanaluca.sync.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.security.autoconfigure.SecurityProperties;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

class ApiUsersTests {

    private final ApiUsers apiUsers = new ApiUsers();
    private final PasswordEncoder encoder = apiUsers.apiPasswordEncoder();

    @Test
    void shouldAcceptTheConfiguredPasswordOnlyAndNeverUpgradeItToBcrypt() {
        SecurityProperties security = new SecurityProperties();
        security.getUser().setName("admin");
        security.getUser().setPassword("çok-gizli");
        UserDetailsService users = apiUsers.apiUserDetails(security, encoder);

        String stored = users.loadUserByUsername("admin").getPassword();

        assertThat(encoder.matches("çok-gizli", stored)).isTrue();
        assertThat(encoder.matches("cok-gizli", stored)).isFalse();
        assertThat(stored).doesNotContain("çok-gizli");
        assertThat(users).isNotInstanceOf(UserDetailsPasswordService.class);
        assertThatThrownBy(() -> users.loadUserByUsername("root")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void shouldRejectMalformedDigests() {
        assertThat(encoder.matches("x", null)).isFalse();
        assertThat(encoder.matches("x", "{bcrypt}$2a$10$abc")).isFalse();
    }
}
