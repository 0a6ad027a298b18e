package io.katanaluca.sync.luca;

import io.katanaluca.sync.customer.domain.CustomerDraft;
import io.katanaluca.sync.invoice.domain.InvoiceDraft;
import io.katanaluca.sync.product.domain.StockCardDraft;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/**
 * Luca's stock card, unit, customer account and sales invoice calls. Stateless: every call uses the shared session of
 * {@link LucaSessionManager}, re-logs in once when Luca shows it expired, and otherwise reports
 * failures as {@link io.katanaluca.sync.remote.RemoteCallException}s that say whether a retry can help.
 * It does not retry; the sync run does.
 */
public class LucaClient {

    static final String LIST_STOCK_CARDS = "ListeleStkSkart.do";
    static final String CREATE_STOCK_CARD = "EkleStkWsSkart.do";
    static final String UPDATE_STOCK_CARD = "GuncelleStkWsSkart.do";
    static final String DELETE_STOCK_CARD = "SilStkSkart.do";
    static final String LIST_UNITS = "ListeleGnlOlcumBirimi.do";
    static final String LIST_CUSTOMERS = "ListeleFinMusteri.do";
    static final String CREATE_CUSTOMER = "EkleFinMusteriWS.do";
    static final String CREATE_SALES_INVOICE = "EkleFtrWsFaturaBaslik.do";
    static final String LIST_SALES_INVOICES = "ListeleFtrSsFaturaBaslik.do";
    static final String DELETE_SALES_INVOICE = "SilFtrWsFaturaBaslik.do";

    private final LucaSessionCalls calls;

    LucaClient(LucaSessionCalls calls) {
        this.calls = calls;
    }

    /** Every stock card Luca holds; fails rather than return a list that may be incomplete. */
    public List<LucaStockCard> listStockCards() {
        return stockCards(LucaRequest.listing(LIST_STOCK_CARDS, Map.of()));
    }

    /** The card whose code is exactly {@code code}; Luca's filter is a range, so near misses are dropped here. */
    public Optional<LucaStockCard> findStockCardByCode(String code) {
        return stockCards(LucaRequest.listing(LIST_STOCK_CARDS, StockCardRequests.codeFilter(code))).stream()
                .filter(card -> card.kartKodu().equals(code))
                .findFirst();
    }

    /** Creates the card and returns its {@code skartId}; a used code throws {@link DuplicateCodeException}. */
    public long createStockCard(StockCardDraft draft) {
        JsonNode reply = calls.call(LucaRequest.of(CREATE_STOCK_CARD, StockCardRequests.create(draft)));
        StockCardWriteReplies.requireAccepted(reply, CREATE_STOCK_CARD, draft.kartKodu());
        return StockCardWriteReplies.skartId(reply).orElseGet(() -> idOfCreated(draft.kartKodu()));
    }

    public void updateStockCard(long skartId, StockCardDraft draft) {
        JsonNode reply = calls.call(LucaRequest.of(UPDATE_STOCK_CARD, StockCardRequests.update(skartId, draft)));
        StockCardWriteReplies.requireAccepted(reply, UPDATE_STOCK_CARD, draft.kartKodu());
    }

    /** Deletes the card ({@code SilStkSkart.do}); Luca refuses a card that is in use, with its reason. */
    public void deleteStockCard(long skartId, String cardCode) {
        JsonNode reply = calls.call(LucaRequest.of(DELETE_STOCK_CARD, Map.of("skartId", skartId)));
        StockCardWriteReplies.requireAccepted(reply, DELETE_STOCK_CARD, cardCode);
    }

    public List<LucaUnit> listUnits() {
        JsonNode reply = calls.call(LucaRequest.listing(LIST_UNITS, Map.of()));
        return LucaListReader.read(reply, LIST_UNITS, "unit", LucaRows::unit);
    }

    /** Every customer account Luca holds; fails rather than return a list that may be incomplete. */
    public List<LucaCustomer> listCustomers() {
        return customers(LucaRequest.listing(LIST_CUSTOMERS, Map.of()));
    }

    /** The account whose code is exactly {@code code}. */
    public Optional<LucaCustomer> findCustomerByCode(String code) {
        return customers(LucaRequest.listing(LIST_CUSTOMERS, CustomerRequests.codeFilter(code))).stream()
                .filter(customer -> customer.kod().equals(code))
                .findFirst();
    }

    /**
     * Creates the account and returns its {@code finansalNesneId}; a used code throws {@link DuplicateCodeException}.
     * Luca offers no update of an account through this API.
     */
    public long createCustomer(CustomerDraft draft) {
        JsonNode reply = calls.call(LucaRequest.of(CREATE_CUSTOMER, CustomerRequests.create(draft)));
        StockCardWriteReplies.requireAccepted(reply, CREATE_CUSTOMER, draft.kartKod());
        return customerId(reply).orElseGet(() -> findCustomerByCode(draft.kartKod()).map(LucaCustomer::finansalNesneId)
                .orElseThrow(() -> LucaFailures.retryable(CREATE_CUSTOMER,
                        "Luca reported account " + draft.kartKod() + " created but neither returned its id nor lists it")));
    }

    /**
     * Stores the sales invoice ({@code EkleFtrWsFaturaBaslik.do}) and returns the id and number Luca gave it.
     * Sent at most once: an expired session is logged in again and the create replayed (Luca had not run it),
     * but a create that may have reached Luca without a usable answer throws {@link LucaWriteOutcomeUnknownException};
     * find the invoice by its {@code belgeTakipNo} before sending it again. A refusal ("Belge Seri bulunamadı!")
     * is a permanent {@link io.katanaluca.sync.remote.RemoteCallException} whose reason is Luca's message;
     * a connection that could not be made, or a session that stayed expired, a transient one (nothing was sent).
     */
    public LucaCreatedInvoice createSalesInvoice(InvoiceDraft draft) {
        JsonNode reply = calls.call(LucaRequest.unrepeatable(CREATE_SALES_INVOICE, InvoiceRequests.create(draft)));
        LucaWriteReplies.requireAccepted(reply, CREATE_SALES_INVOICE);
        OptionalLong id = LucaJson.id(reply, "ssFaturaBaslikId");
        if (id.isPresent()) {
            return new LucaCreatedInvoice(id.getAsLong(), LucaJson.text(reply, "belgeNo").orElse(null));
        }
        return findSalesInvoices(draft.belgeTakipNo()).stream().reduce((older, newer) -> newer)
                .map(listed -> new LucaCreatedInvoice(listed.ssFaturaBaslikId(), listed.belgeNo()))
                .orElseThrow(() -> LucaFailures.outcomeUnknown(CREATE_SALES_INVOICE,
                        "Luca reported invoice " + draft.belgeTakipNo() + " stored but neither returned its ssFaturaBaslikId nor lists it", null));
    }

    /**
     * The sales invoices whose {@code belgeTakipNo} and {@code belgeTarihi} lie in these inclusive ranges
     * (a null bound is open), oldest first; tracking numbers compare as text, so a range also holds
     * longer numbers between its bounds.
     */
    public List<LucaInvoice> listSalesInvoices(String trackingNoFrom, String trackingNoTo, LocalDate from, LocalDate to) {
        JsonNode reply = calls.call(LucaRequest.listing(LIST_SALES_INVOICES, InvoiceRequests.listFilter(trackingNoFrom, trackingNoTo, from, to)));
        return LucaListReader.read(reply, LIST_SALES_INVOICES, "sales invoice", InvoiceRows::invoice);
    }

    /** The invoices carrying exactly this {@code belgeTakipNo}, oldest first: none, one, or the duplicates an earlier system made. */
    public List<LucaInvoice> findSalesInvoices(String belgeTakipNo) {
        return listSalesInvoices(belgeTakipNo, belgeTakipNo, null, null).stream()
                .filter(invoice -> belgeTakipNo.equals(invoice.belgeTakipNo())).toList();
    }

    /** Deletes the invoice ({@code SilFtrWsFaturaBaslik.do}); Luca refuses an unknown id with its reason. */
    public void deleteSalesInvoice(long ssFaturaBaslikId) {
        LucaWriteReplies.requireAccepted(calls.call(LucaRequest.of(DELETE_SALES_INVOICE, Map.of("ssFaturaBaslikId", ssFaturaBaslikId))),
                DELETE_SALES_INVOICE);
    }

    private List<LucaCustomer> customers(LucaRequest request) {
        return LucaListReader.read(calls.call(request), LIST_CUSTOMERS, "customer account", CustomerRows::customer);
    }

    /** {@code finansalNesneId} at the top level or under {@code finMusteri}. */
    private static OptionalLong customerId(JsonNode reply) {
        OptionalLong topLevel = LucaJson.id(reply, "finansalNesneId");
        JsonNode nested = reply.get("finMusteri");
        return topLevel.isPresent() || nested == null || !nested.isObject() ? topLevel : LucaJson.id(nested, "finansalNesneId");
    }

    private List<LucaStockCard> stockCards(LucaRequest request) {
        return LucaListReader.read(calls.call(request), LIST_STOCK_CARDS, "stock card", LucaRows::stockCard);
    }

    /** Luca reported success without the id (a reply shape seen before): the listing tells it. */
    private long idOfCreated(String code) {
        return findStockCardByCode(code).map(LucaStockCard::skartId).orElseThrow(() -> LucaFailures.retryable(
                CREATE_STOCK_CARD, "Luca reported card " + code + " created but neither returned its skartId nor lists it"));
    }
}
