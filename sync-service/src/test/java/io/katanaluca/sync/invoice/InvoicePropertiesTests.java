package io.katanaluca.sync.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.katanaluca.sync.invoice.domain.InvoiceRules;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invoice settings: no invoice on a guess (series and start date required), DELIVERED by default. */
class InvoicePropertiesTests {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    @Test
    void shouldRefuseToPlanWithoutASeriesNamingTheSetting() {
        InvoiceProperties properties = settings(null, LocalDate.of(2026, 1, 1), null);

        assertThatThrownBy(() -> properties.toRules(ISTANBUL)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("sync.invoices.series is not set");
    }

    @Test
    void shouldRefuseToPlanWithoutAStartDateSoOlderOrdersAreNeverInvoicedByAccident() {
        InvoiceProperties properties = settings("EFA", null, null);

        assertThatThrownBy(() -> properties.toRules(ISTANBUL)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("sync.invoices.since is not set").hasMessageContaining("never invoiced by accident");
    }

    @Test
    void shouldReadDeliveredOrdersByDefaultAndSendVatAsAFraction() {
        InvoiceProperties properties = settings(" EFA ", LocalDate.of(2026, 1, 1), null);

        InvoiceRules rules = properties.toRules(ISTANBUL);

        assertThat(properties.statusSet()).containsExactly("DELIVERED");
        assertThat(rules.belgeSeri()).isEqualTo("EFA");
        assertThat(rules.vatUnit()).isEqualTo(InvoiceRules.VatUnit.FRACTION);
        assertThat(rules.dueDays()).isEqualTo(30);
        assertThat(rules.zone()).isEqualTo(ISTANBUL);
    }

    @Test
    void shouldReadTheConfiguredStatusesAsKatanaSpellsThem() {
        assertThat(settings("EFA", LocalDate.of(2026, 1, 1), List.of("delivered", " Packed ")).statusSet())
                .containsExactly("DELIVERED", "PACKED");
    }

    private static InvoiceProperties settings(String series, LocalDate since, List<String> statuses) {
        return new InvoiceProperties(statuses, since, series, null, null, null, null, null, null, null, false, null, null, null, null);
    }
}
