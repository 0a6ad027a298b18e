package io.katanaluca.sync.luca;

import io.katanaluca.sync.invoice.domain.InvoiceDraft;
import io.katanaluca.sync.invoice.domain.InvoiceDraft.Line;
import java.math.BigDecimal;
import java.util.List;

/** Invoice drafts as the invoice mapper makes them, for the client's tests. */
final class InvoiceDrafts {

    static final String ACCOUNT = "KTN-1";
    static final String CARD = "TR-000001-1";

    private InvoiceDrafts() {
    }

    /**
     * A euro invoice of order {@code orderId}: 2.5 × 19.99 less 10 % (44.98 net) and a 25.50 shipping
     * line, both at 20 % VAT, sent as the fraction 0.20.
     */
    static InvoiceDraft euroInvoice(long orderId, String series) {
        List<Line> lines = List.of(
                new Line(Line.STOCK, CARD, new BigDecimal("2.5"), new BigDecimal("19.99"), new BigDecimal("44.98"), new BigDecimal("0.20"),
                        new BigDecimal("10"), null, null, 31000001L),
                new Line(Line.SERVICE, "KARGO", BigDecimal.ONE, new BigDecimal("25.50"), new BigDecimal("25.50"), new BigDecimal("0.20"),
                        null, null, "Kargo ücreti", null));
        return new InvoiceDraft(series, "07/12/2026", "06/01/2027", "KATANA-SO-" + orderId, "Katana sales order SO-" + orderId, "76",
                "SO-" + orderId, "EUR", new BigDecimal("35.4217"), ACCOUNT, "Boğaziçi Tekstil A.Ş.", null, lines, new BigDecimal("70.48"),
                new BigDecimal("14.10"));
    }
}
