package io.katanaluca.sync.katana;

import java.util.List;

/**
 * One page of a Katana list, as Katana numbered it (1-based).
 *
 * @param totalPages from Katana's {@code X-Pagination} header, or {@code -1} when it did not say
 * @param totalRecords from the same header, or {@code -1} when it did not say
 */
public record KatanaPage(List<KatanaProduct> items, int page, int totalPages, long totalRecords) {

    public static final int UNKNOWN = -1;

    public KatanaPage {
        items = List.copyOf(items);
    }
}
