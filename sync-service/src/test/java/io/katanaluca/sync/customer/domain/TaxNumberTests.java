package io.katanaluca.sync.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"10000000146", "12345678950", "98765432150"})
    void shouldAcceptTcknsWhoseCheckDigitsAgree(String tckn) {
        TaxNumber.Parsed parsed = TaxNumber.parse(tckn);

        assertThat(parsed.problem()).isNull();
        assertThat(parsed.number().kind()).isEqualTo(TaxNumber.Kind.TCKN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000000147", "10000000156", "01234567890", "12345678901"})
    void shouldRejectTcknsThatFailTheChecksumOrStartWithZero(String tckn) {
        TaxNumber.Parsed parsed = TaxNumber.parse(tckn);

        assertThat(parsed.number()).isNull();
        assertThat(parsed.problem()).contains(tckn, "checksum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "0000000001"})
    void shouldTakeTenDigitsAsAVkn(String vkn) {
        assertThat(TaxNumber.parse(vkn).number()).isEqualTo(new TaxNumber(vkn, TaxNumber.Kind.VKN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "123456789012", "12345X7890", "TR1234567890", "١٢٣٤٥٦٧٨٩٠"})
    void shouldRejectAnythingElseSayingWhatWasExpected(String text) {
        TaxNumber.Parsed parsed = TaxNumber.parse(text);

        assertThat(parsed.number()).isNull();
        assertThat(parsed.problem()).contains("10-digit VKN", "11-digit TCKN");
    }
}
