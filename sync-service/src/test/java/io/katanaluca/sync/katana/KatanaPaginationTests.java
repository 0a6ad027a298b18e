package io.katanaluca.sync.katana;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class KatanaPaginationTests {

    @Test
    void shouldReadStringValuesAsKatanaSendsThem() {
        // when
        KatanaPagination pagination = KatanaPagination.parse("""
                {"total_records":"2319","total_pages":"10","offset":"0","page":"1","first_page":"true","last_page":"false"}""");

        // then
        assertThat(pagination.totalPages()).isEqualTo(OptionalInt.of(10));
        assertThat(pagination.totalRecords()).isEqualTo(OptionalLong.of(2319));
        assertThat(pagination.isLastPageFlagged()).isFalse();
    }

    @Test
    void shouldReadNumbersAndBooleansAsTheDocsDescribeThem() {
        // when
        KatanaPagination pagination = KatanaPagination.parse("""
                {"total_records":2319,"total_pages":10,"page":10,"last_page":true}""");

        // then
        assertThat(pagination.totalPages()).isEqualTo(OptionalInt.of(10));
        assertThat(pagination.totalRecords()).isEqualTo(OptionalLong.of(2319));
        assertThat(pagination.isLastPageFlagged()).isTrue();
    }

    @Test
    void shouldTreatAMissingOrGarbledHeaderAsUnknown() {
        assertThat(KatanaPagination.parse(null)).isEqualTo(KatanaPagination.UNKNOWN);
        assertThat(KatanaPagination.parse("not json")).isEqualTo(KatanaPagination.UNKNOWN);
        assertThat(KatanaPagination.parse("{\"total_pages\":\"many\"}").totalPages()).isEmpty();
    }

    @Test
    void shouldEndOnTheFlagOnTheLastCountedPageOrOnAShortPage() {
        // given
        KatanaPagination flagged = KatanaPagination.parse("{\"last_page\":\"true\"}");
        KatanaPagination threePages = KatanaPagination.parse("{\"total_pages\":\"3\",\"last_page\":\"false\"}");

        // then
        assertThat(flagged.isLastPage(1, 50, 50)).isTrue();
        assertThat(threePages.isLastPage(2, 50, 50)).isFalse();
        assertThat(threePages.isLastPage(3, 50, 50)).isTrue();
        assertThat(KatanaPagination.UNKNOWN.isLastPage(7, 50, 50)).isFalse();
        assertThat(KatanaPagination.UNKNOWN.isLastPage(7, 49, 50)).isTrue();
        assertThat(KatanaPagination.UNKNOWN.isLastPage(7, 0, 50)).isTrue();
    }
}
