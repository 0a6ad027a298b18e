package io.katanaluca.sync.luca;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SessionStatsJsonTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void shouldSerializeInTheSeedsShape() {
        // given
        LucaSession session = new LucaSession("ABC1defghijklmnopqrstuvwxyz789", Instant.parse("2025-12-07T19:00:00Z"),
                Instant.parse("2025-12-07T19:20:00Z"));
        SessionStats stats = SessionStats.of(session, Instant.parse("2025-12-07T19:05:00Z"), 3, Instant.parse("2025-12-07T19:00:00Z"));

        // when
        String json = mapper.writeValueAsString(stats);

        // then
        assertThat(json).isEqualTo("{\"currentSessionId\":\"ABC1...789\",\"createdAt\":\"2025-12-07T19:00:00Z\","
                + "\"expiresAt\":\"2025-12-07T19:20:00Z\",\"remainingTime\":\"00:15:00\",\"refreshCount\":3,"
                + "\"lastRefreshAt\":\"2025-12-07T19:00:00Z\",\"isValid\":true}");
    }

    @Test
    void shouldSerializeTheAbsenceOfASession() {
        // when
        String json = mapper.writeValueAsString(SessionStats.none(0, null));

        // then
        assertThat(json).isEqualTo("{\"currentSessionId\":null,\"createdAt\":null,\"expiresAt\":null,\"remainingTime\":\"00:00:00\","
                + "\"refreshCount\":0,\"lastRefreshAt\":null,\"isValid\":false}");
    }

    @Test
    void shouldFormatLongRemainingTimesInHours() {
        assertThat(ClockTimeDurationSerializer.format(Duration.ofHours(26).plusMinutes(3).plusSeconds(4))).isEqualTo("26:03:04");
        assertThat(ClockTimeDurationSerializer.format(Duration.ofSeconds(-5))).isEqualTo("00:00:00");
    }

    @Test
    void shouldMaskSessionIdsEverywhere() {
        // given
        LucaSession session = new LucaSession("ABC1defghijklmnopqrstuvwxyz789", Instant.EPOCH, Instant.EPOCH);

        // then
        assertThat(session.maskedId()).isEqualTo("ABC1...789");
        assertThat(session.toString()).contains("ABC1...789").doesNotContain("defghijklmnop");
        assertThat(LucaSession.mask("short-id")).isEqualTo("****");
        assertThat(LucaSession.mask(null)).isNull();
    }
}
