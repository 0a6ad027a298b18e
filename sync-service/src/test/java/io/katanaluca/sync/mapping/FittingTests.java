package io.katanaluca.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FittingTests {

    @Test
    void shouldLeaveTextThatFitsAloneAndCutLongerTextWithAWarning() {
        Fitting fitting = new FieldLimits(Map.of("kartAdi", 5), FieldLimits.Policy.TRUNCATE).newFitting();

        String fits = fitting.fit("kartAdi", "Çivi");
        String cut = fitting.fit("kartAdi", "Çelik Boru");

        assertThat(fits).isEqualTo("Çivi");
        assertThat(cut).isEqualTo("Çelik");
        assertThat(fitting.warnings()).containsExactly("kartAdi was 10 characters; cut to 5 (Luca's limit, sync.mapping.field-limits.kartAdi)");
        assertThat(fitting.failure()).isEmpty();
    }

    @Test
    void shouldNeverSplitAnEmojiInHalf() {
        Fitting four = new FieldLimits(Map.of("kartAdi", 4), FieldLimits.Policy.TRUNCATE).newFitting();
        Fitting five = new FieldLimits(Map.of("kartAdi", 5), FieldLimits.Policy.TRUNCATE).newFitting();

        assertThat(four.fit("kartAdi", "Çay😀☕")).isEqualTo("Çay");
        assertThat(five.fit("kartAdi", "Çay☕😀")).isEqualTo("Çay☕");
        assertThat(five.fit("kartAdi", "Çay😀☕")).isEqualTo("Çay😀");
    }

    @Test
    void shouldFailInsteadOfCuttingUnderTheFailPolicy() {
        Fitting fitting = new FieldLimits(Map.of("tanim", 3), FieldLimits.Policy.FAIL).newFitting();

        assertThat(fitting.fit("tanim", "Şirket")).isEqualTo("Şirket");
        assertThat(fitting.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("tanim", "'Şirket'", "6 characters", "at most 3"));
        assertThat(fitting.warnings()).isEmpty();
    }

    @Test
    void shouldNeverCutACodeWhateverThePolicy() {
        Fitting fitting = FieldLimits.defaults().newFitting();

        String code = fitting.requireFits("kartKodu", "X".repeat(51), "shorten the SKU in Katana");

        assertThat(code).hasSize(51);
        assertThat(fitting.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("51 characters", "at most 50", "never cut"));
    }

    @Test
    void shouldShortenDerivedFieldsWithoutAWarning() {
        Fitting fitting = FieldLimits.defaults().newFitting();

        assertThat(fitting.shorten("kisaAd", "Ç".repeat(29) + " Şirketi")).isEqualTo("Ç".repeat(29));
        assertThat(fitting.warnings()).isEmpty();
    }

    @Test
    void shouldLetSettingsOverrideTheDefaultLimits() {
        FieldLimits limits = new FieldLimits(Map.of("kartAdi", 100), null);

        assertThat(limits.maxLengthOf("kartAdi")).contains(100);
        assertThat(limits.maxLengthOf("kartKodu")).contains(50);
        assertThat(limits.policy()).isEqualTo(FieldLimits.Policy.TRUNCATE);
    }
}
