package io.katanaluca.sync.remote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SetbacksTests {

    @Test
    void shouldSumUpTheSetbacksOfACallByReasonInTheOrderTheyCame() {
        Setbacks.Collected<String> collected = Setbacks.collect(() -> {
            Setbacks.note("HTTP 500");
            Setbacks.note("session expired");
            Setbacks.note("HTTP 500");
            return "done";
        });

        assertThat(collected.result()).isEqualTo("done");
        assertThat(collected.summary("written")).hasValue("written after 3 retries (HTTP 500 ×2, session expired)");
    }

    @Test
    void shouldSayNothingWhenNothingHadToBeTriedAgain() {
        assertThat(Setbacks.collect(() -> 1).summary("written")).isEmpty();
    }

    @Test
    void shouldKeepNothingOutsideACollectionNorLetOneLeakIntoTheNext() {
        Setbacks.note("HTTP 503");
        try {
            Setbacks.collect(() -> {
                Setbacks.note("HTTP 500");
                throw new IllegalStateException("the write failed");
            });
        } catch (IllegalStateException expected) {
            // its setbacks are dropped with it
        }

        assertThat(Setbacks.collect(() -> 1).setbacks()).isEmpty();
    }

    @Test
    void shouldKeepAnOuterCollectionApartFromAnInnerOne() {
        Setbacks.Collected<Setbacks.Collected<String>> outer = Setbacks.collect(() -> {
            Setbacks.note("HTTP 500");
            return Setbacks.collect(() -> {
                Setbacks.note("session expired");
                return "inner";
            });
        });

        assertThat(outer.setbacks()).containsExactly("HTTP 500");
        assertThat(outer.result().setbacks()).containsExactly("session expired");
    }

    @Test
    void shouldNameAFailureInAFewWords() {
        assertThat(Setbacks.of(RemoteCallException.transientFailure("Luca", "EkleStkWsSkart.do", "HTTP 500: Error 500--Internal Server Error", null)))
                .isEqualTo("HTTP 500");
        assertThat(Setbacks.of(RemoteCallException.transientFailure("Luca", "EkleStkWsSkart.do",
                "Luca answered with an HTML page instead of JSON: Hata Beklenmedik bir hata oluştu", null)))
                .isEqualTo("Luca answered with an HTML page instead of JSON");
        assertThat(Setbacks.of(RemoteCallException.sessionExpired("Luca", "EkleStkWsSkart.do", "Luca answered with its login page")))
                .isEqualTo("session expired");
        assertThat(Setbacks.of(RemoteCallException.transientFailure("Luca", "Giris.do",
                "Luca could not be reached at http://127.0.0.1:1/Yetki (ConnectException)", null)))
                .isEqualTo("Luca could not be reached at http://127.0.0.1:1/Yetki");
    }
}
