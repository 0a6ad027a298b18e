package io.katanaluca.sync.luca;

import io.katanaluca.sync.customer.domain.CustomerDraft;
import io.katanaluca.sync.invoice.domain.InvoiceDraft;
import io.katanaluca.sync.product.domain.StockCardDraft;
import java.util.Map;

/** The exact bodies the Luca client sends, for showing them (the mapping preview) without sending. */
public final class LucaPayloads {

    private LucaPayloads() {
    }

    public static Map<String, Object> stockCardCreate(StockCardDraft draft) {
        return StockCardRequests.create(draft);
    }

    public static Map<String, Object> stockCardUpdate(long skartId, StockCardDraft draft) {
        return StockCardRequests.update(skartId, draft);
    }

    public static Map<String, Object> customerCreate(CustomerDraft draft) {
        return CustomerRequests.create(draft);
    }

    public static Map<String, Object> salesInvoiceCreate(InvoiceDraft draft) {
        return InvoiceRequests.create(draft);
    }

    /** The body as the JSON text sent (before encoding in {@code luca.charset}): plain decimals, text untouched. */
    public static String json(Map<String, ?> body) {
        return LucaJson.write(body);
    }

    public static String createStockCardEndpoint() {
        return LucaClient.CREATE_STOCK_CARD;
    }

    public static String updateStockCardEndpoint() {
        return LucaClient.UPDATE_STOCK_CARD;
    }

    public static String createCustomerEndpoint() {
        return LucaClient.CREATE_CUSTOMER;
    }

    public static String createSalesInvoiceEndpoint() {
        return LucaClient.CREATE_SALES_INVOICE;
    }
}
