package io.katanaluca.sync.invoice;

import io.katanaluca.sync.invoice.domain.InvoiceCustomer;
import io.katanaluca.sync.run.JdbcByIds;
import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the customer and product syncs wrote, as an invoice needs it: read from their mapping tables
 * by SQL (this package does not depend on theirs). Only what Luca holds is used; nothing is made up.
 */
@Repository
class SyncedMasterData {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    SyncedMasterData(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The Luca accounts of these Katana customers, from {@code customer_mapping}; a customer not synced yet is absent. */
    Map<Long, Account> accounts(Collection<Long> customerIds) {
        return JdbcByIds.find(jdbc, "SELECT katana_customer_id, account_code, payload FROM customer_mapping WHERE katana_customer_id IN (:ids)",
                customerIds, (rs, row) -> Map.entry(rs.getLong(1), account(rs.getLong(1), rs.getString(2), rs.getString(3))));
    }

    /** The Luca stock card codes of these Katana variants, from {@code stock_card_mapping}; a variant not synced yet is absent. */
    Map<Long, String> cardCodes(Collection<Long> variantIds) {
        return JdbcByIds.find(jdbc, "SELECT katana_variant_id, card_code FROM stock_card_mapping WHERE katana_variant_id IN (:ids)",
                variantIds, (rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)));
    }

    private Account account(long customerId, String code, String payload) {
        JsonNode written = json.readTree(payload);
        String vergiNo = text(written, "vergiNo");
        String tcKimlikNo = text(written, "tcKimlikNo");
        return new Account(new InvoiceCustomer(customerId, code, text(written, "tanim"), vergiNo), vergiNo != null || tcKimlikNo != null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    /** @param hasTaxNumber whether the account carries a VKN or a TCKN */
    record Account(InvoiceCustomer customer, boolean hasTaxNumber) {
    }
}
