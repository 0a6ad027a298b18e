package io.katanaluca.sim.luca;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Creating and deleting sales invoices: the rules, the arithmetic, then the store. Shared by the API and the Java seeding. */
final class Invoices {

    static final String NUMBER_TAKEN = "Belge no daha önce kullanılmış";
    static final String NOT_FOUND = "Fatura bulunamadı.";

    record Created(StoredInvoice invoice, LucaProblem problem) {
    }

    private final InvoiceStore store;
    private final InvoiceRules rules;
    private final LucaInvoiceConfig config;
    private final Clock clock;

    Invoices(InvoiceStore store, InvoiceRules rules, LucaInvoiceConfig config, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.config = config;
        this.clock = clock;
    }

    /** The body is kept exactly as received. */
    Created create(JsonNode body) {
        Optional<LucaProblem> problem = rules.check(body);
        if (problem.isPresent()) {
            return new Created(null, problem.get());
        }
        String series = body.path("belgeSeri").asString();
        String sent = body.path("belgeNo").asString("").trim();
        return store.create(series, sent.isEmpty() ? null : Long.valueOf(sent), (id, number) -> stored(id, number, body))
                .map(invoice -> new Created(invoice, null))
                .orElseGet(() -> new Created(null, new LucaProblem(NUMBER_TAKEN + ": " + series + " " + Long.valueOf(sent))));
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

    private StoredInvoice stored(long id, String number, JsonNode body) {
        JsonNode detail = body.path("detayList");
        List<InvoiceAmounts.Line> lines = IntStream.range(0, detail.size()).mapToObj(detail::get)
                .map(line -> InvoiceAmounts.line(InvoiceLineRules.net(line),
                        config.vatFormat().toFraction(LucaFields.decimal(line.path("kdvOran")))))
                .toList();
        InvoiceAmounts.Totals totals = InvoiceAmounts.totals(lines);
        return new StoredInvoice(id, body.path("belgeSeri").asString(), number,
                LucaFields.date(body.path("belgeTarihi")).orElseThrow(), body.path("belgeTakipNo").asString(null),
                body.path("cariKodu").asString(), body.path("paraBirimKod").asString(), totals.net(), totals.vat(),
                totals.gross(), (ObjectNode) body, clock.instant());
    }
}
