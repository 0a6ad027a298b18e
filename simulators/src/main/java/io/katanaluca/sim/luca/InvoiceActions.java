package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.HttpReply;
import io.katanaluca.sim.http.Json;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/** EkleFtrWsFaturaBaslik.do, ListeleFtrSsFaturaBaslik.do and SilFtrWsFaturaBaslik.do. */
final class InvoiceActions {

    /** The list's wrapper key: not documented for invoices; "list" as the stock card list. */
    static final String LIST_KEY = "list";

    private final Invoices invoices;
    private final long salesMovementType;

    InvoiceActions(Invoices invoices, LucaInvoiceConfig config) {
        this.invoices = invoices;
        this.salesMovementType = config.salesMovementType();
    }

    HttpReply create(LucaCall call) {
        return invoices.create(call.json().orElse(null)).reply(invoice -> LucaReplies.json(Json.object()
                .put("ssFaturaBaslikId", invoice.ssFaturaBaslikId()).put("belgeNo", invoice.belgeNo()).put("error", false)
                .put("message", invoice.belgeSeri() + " " + invoice.belgeNo() + " numaralı fatura başarıyla kaydedildi.")));
    }

    HttpReply delete(LucaCall call) {
        Optional<LucaProblem> problem = invoices.delete(call.json().orElse(null));
        return problem.map(LucaReplies::problem).orElseGet(() -> LucaReplies.json(LucaReplies.ok("Fatura silindi.")));
    }

    /** Without {@code No-Paging: true} only the first page comes back, as for stock cards. */
    HttpReply list(LucaCall call) {
        return LucaLists.list(call, List.of("parUstHareketTuru"), body -> InvoiceFilter.parse(body, salesMovementType),
                invoices.store().all(), LucaLists.under(LIST_KEY), InvoiceActions::listItem);
    }

    /** Field names as in the create body; the totals' names are the simulator's choice. */
    static ObjectNode listItem(StoredInvoice invoice) {
        return Json.object()
                .put("ssFaturaBaslikId", invoice.ssFaturaBaslikId())
                .put("belgeSeri", invoice.belgeSeri())
                .put("belgeNo", invoice.belgeNo())
                .put("belgeTarihi", invoice.belgeTarihi().format(LucaFields.DATE))
                .put("belgeTakipNo", invoice.belgeTakipNo())
                .put("cariKodu", invoice.cariKodu())
                .put("paraBirimKod", invoice.paraBirimKod())
                .put("netTutar", invoice.netTotal())
                .put("kdvTutar", invoice.vatTotal())
                .put("toplamTutar", invoice.grossTotal());
    }
}
