package io.katanaluca.sim.luca;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Creating and deleting sales invoices: the rules, the arithmetic, then the store. Shared by the API and the Java seeding. */
final class Invoices {

    /** Luca's wording for a used invoice number is not documented; this mirrors the stock card one, naming series and number. */
    static final String NUMBER_TAKEN = "Belge no daha önce kullanılmış";
    static final String NOT_FOUND = "Fatura bulunamadı.";

    private final InvoiceStore store = new InvoiceStore();
    private final InvoiceRules rules;
    private final LucaInvoiceConfig.VatFormat vatFormat;
    private final Clock clock;

    Invoices(LucaInvoiceConfig config, CustomerStore customers, StockCardStore stockCards, Clock clock) {
        this.rules = new InvoiceRules(config, customers, stockCards);
        this.vatFormat = config.vatFormat();
        this.clock = clock;
    }

    /** The body is kept exactly as received. */
    Created<StoredInvoice> create(JsonNode body) {
        return Created.unless(rules.check(body), () -> numbered(body));
    }

    /** SilFtrWsFaturaBaslik.do. */
    Optional<LucaProblem> delete(JsonNode body) {
        if (!LucaFields.isReadable(body, List.of("ssFaturaBaslikId"), List.of())) {
            return Optional.of(LucaProblem.malformed());
        }
        JsonNode id = body.path("ssFaturaBaslikId");
        if (LucaFields.isBlank(id)) {
            return Optional.of(LucaProblem.required("ssFaturaBaslikId"));
        }
        return store.delete(LucaFields.longValue(id)) ? Optional.empty() : Optional.of(new LucaProblem(NOT_FOUND));
    }

    InvoiceStore store() {
        return store;
    }

    /** For a body the rules accepted, so a sent belgeNo is 1 to 9 digits. */
    private Created<StoredInvoice> numbered(JsonNode body) {
        String series = body.path("belgeSeri").asString();
        String sent = body.path("belgeNo").asString("").trim();
        Long number = sent.isEmpty() ? null : Long.valueOf(sent);
        return store.create(series, number, (id, assigned) -> stored(id, assigned, body)).map(Created::of)
                .orElseGet(() -> Created.refused(new LucaProblem(NUMBER_TAKEN + ": " + series + " " + number)));
    }

    private StoredInvoice stored(long id, String number, JsonNode body) {
        JsonNode detail = body.path("detayList");
        List<InvoiceAmounts.Line> lines = IntStream.range(0, detail.size()).mapToObj(detail::get)
                .map(line -> InvoiceAmounts.line(InvoiceLineRules.net(line),
                        vatFormat.toFraction(LucaFields.decimal(line.path("kdvOran")))))
                .toList();
        InvoiceAmounts.Totals totals = InvoiceAmounts.totals(lines);
        return new StoredInvoice(id, body.path("belgeSeri").asString(), number,
                LucaFields.date(body.path("belgeTarihi")).orElseThrow(), body.path("belgeTakipNo").asString(null),
                body.path("cariKodu").asString(), body.path("paraBirimKod").asString(), totals.net(), totals.vat(),
                totals.gross(), (ObjectNode) body, clock.instant());
    }
}
