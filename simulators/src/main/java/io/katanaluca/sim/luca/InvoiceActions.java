package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.HttpReply;
import io.katanaluca.sim.http.Json;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** EkleFtrWsFaturaBaslik.do, ListeleFtrSsFaturaBaslik.do and SilFtrWsFaturaBaslik.do. */
final class InvoiceActions {

    /** The list's wrapper key: not documented for invoices; "list" as the stock card list. */
    static final String LIST_KEY = "list";

    private final Invoices invoices;
    private final LucaInvoiceConfig config;

    InvoiceActions(Invoices invoices, LucaInvoiceConfig config) {
        this.invoices = invoices;
        this.config = config;
    }

    HttpReply create(LucaCall call) {
        Invoices.Created created = invoices.create(call.json().orElse(null));
        if (created.problem() != null) {
            return LucaReplies.problem(created.problem());
        }
        StoredInvoice invoice = created.invoice();
        return LucaReplies.json(Json.object().put("ssFaturaBaslikId", invoice.ssFaturaBaslikId())
                .put("belgeNo", invoice.belgeNo()).put("error", false)
                .put("message", invoice.belgeSeri() + " " + invoice.belgeNo() + " numaralı fatura başarıyla kaydedildi."));
    }

    HttpReply delete(LucaCall call) {
        Optional<LucaProblem> problem = invoices.delete(call.json().orElse(null));
        return problem.map(LucaReplies::problem).orElseGet(() -> LucaReplies.json(LucaReplies.ok("Fatura silindi.")));
    }

    /** Without {@code No-Paging: true} only the first page comes back, as for stock cards. */
    HttpReply list(LucaCall call) {
        Optional<JsonNode> body = call.jsonOrEmptyObject()
                .filter(json -> LucaFields.isReadable(json, List.of("parUstHareketTuru"), List.of()));
        if (body.isEmpty()) {
            return LucaReplies.malformed();
        }
        Predicate<StoredInvoice> filter;
        try {
            filter = InvoiceFilter.parse(body.get(), config.salesMovementType());
        } catch (IllegalArgumentException e) {
            return LucaReplies.error(e.getMessage());
        }
        ArrayNode items = Json.array();
        invoices.store().all().stream().filter(filter).limit(call.noPaging() ? Long.MAX_VALUE : StockCardActions.PAGE_SIZE)
                .forEach(invoice -> items.add(listItem(invoice)));
        return LucaReplies.json(Json.object().set(LIST_KEY, items));
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
