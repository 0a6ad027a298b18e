package io.katanaluca.sync.luca;

import io.katanaluca.sync.invoice.domain.ListedInvoice;
import java.math.BigDecimal;

/**
 * A sales invoice as {@code ListeleFtrSsFaturaBaslik.do} lists it. The totals are in the invoice
 * currency, exactly as Luca wrote them, or null when the row does not carry them.
 *
 * @param belgeTarihi as Luca writes it (dd/MM/yyyy)
 */
public record LucaInvoice(long ssFaturaBaslikId, String belgeSeri, String belgeNo, String belgeTarihi, String belgeTakipNo,
        String cariKodu, String paraBirimKod, BigDecimal netTutar, BigDecimal kdvTutar, BigDecimal toplamTutar) {

    /** What the invoice planning needs of it. */
    public ListedInvoice toListed() {
        return new ListedInvoice(ssFaturaBaslikId, belgeNo, belgeTakipNo);
    }
}
