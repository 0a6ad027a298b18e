package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.Json;
import io.katanaluca.sim.http.SimHttpServer;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A strict, in-process stand-in for the Luca Koza web API as the sync uses it: login, branch
 * selection, units, stock cards, customer accounts and sales invoices, with Luca's session expiry forms (HTTP 200 + code 1001, or
 * an HTML login page) and injectable faults.
 *
 * <pre>{@code
 * try (LucaSimulator luca = LucaSimulator.start(LucaSimulatorConfig.defaults())) {
 *     post(luca.baseUrl() + "/Giris.do", "{\"orgCode\":\"1234\",\"userName\":\"demo\",\"userPassword\":\"demo-pass\"}");
 * }
 * }</pre>
 */
public final class LucaSimulator implements AutoCloseable {

    private final SessionStore sessions;
    private final LucaFaults faults;
    private final ConcurrencyGauge gauge = new ConcurrencyGauge();
    private final CallCounters counters = new CallCounters();
    private final SessionActions sessionActions;
    private final StockCards stockCards;
    private final Customers customers;
    private final Invoices invoices;
    private final LucaHttpHandler handler;
    private final int port;
    private SimHttpServer server; // null while offline; guarded by this

    private LucaSimulator(LucaSimulatorConfig config) {
        Clock clock = Clock.systemUTC();
        sessions = new SessionStore(config.sessionLifetime());
        faults = new LucaFaults(config, clock);
        sessionActions = new SessionActions(config, sessions, clock);
        StockCardRules rules = new StockCardRules(config.units().stream().map(LucaUnit::id).collect(Collectors.toSet()));
        stockCards = new StockCards(new StockCardStore(), rules, clock);
        customers = new Customers(new CustomerStore(), new CustomerRules(), clock);
        invoices = new Invoices(config.invoices(), customers.store(), stockCards.store(), clock);
        LucaApiHandler api = new LucaApiHandler(routes(new StockCardActions(stockCards, config), new CustomerActions(customers),
                new InvoiceActions(invoices, config.invoices())), sessions, faults, gauge, counters, clock, config.seed());
        handler = new LucaHttpHandler(api, new LucaAdminHandler(this));
        server = SimHttpServer.start("Luca", config.port(), handler);
        port = server.port();
    }

    public static LucaSimulator start(LucaSimulatorConfig config) {
        return new LucaSimulator(config);
    }

    /** {@code http://127.0.0.1:<port>/Yetki}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/Yetki";
    }

    /** The port it listens on, and listens on again after {@link #goOnline()}. */
    public int port() {
        return port;
    }

    /**
     * Stops listening, as a Luca that went down or a network that broke: connections are refused
     * (calls in flight lose their reply) while cards, accounts, sessions and counts stay as they are.
     */
    public synchronized void goOffline() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Listens again on the same port, with everything it held before going offline. */
    public synchronized void goOnline() {
        if (server == null) {
            server = SimHttpServer.start("Luca", port, handler);
        }
    }

    /** All stored cards, oldest first. */
    public List<StoredStockCard> stockCards() {
        return stockCards.store().all();
    }

    /** Exact, case-sensitive, as Luca's duplicate check. */
    public Optional<StoredStockCard> stockCardByCode(String code) {
        return stockCards.store().byCode(code);
    }

    public int stockCardCount() {
        return stockCards.store().size();
    }

    /**
     * Stores a card as if EkleStkWsSkart.do had received these fields, e.g. to model cards that
     * existed before the sync. Throws IllegalArgumentException with Luca's message if Luca would refuse it.
     */
    public StoredStockCard addStockCard(Map<String, ?> fields) {
        return stockCards.create(Json.MAPPER.valueToTree(fields)).orThrow();
    }

    /** All stored customer accounts, oldest first. */
    public List<StoredCustomer> customers() {
        return customers.store().all();
    }

    /** Exact, case-sensitive, as Luca's duplicate check. */
    public Optional<StoredCustomer> customerByCode(String code) {
        return customers.store().byCode(code);
    }

    public int customerCount() {
        return customers.store().size();
    }

    /**
     * Stores a customer account as if EkleFinMusteriWS.do had received these fields, e.g. to model
     * accounts that existed before the sync. Throws IllegalArgumentException with Luca's message if Luca would refuse it.
     */
    public StoredCustomer addCustomer(Map<String, ?> fields) {
        return customers.create(Json.MAPPER.valueToTree(fields)).orThrow();
    }

    /** All stored sales invoices, oldest first. */
    public List<StoredInvoice> invoices() {
        return invoices.store().all();
    }

    /**
     * The oldest invoice with exactly this {@code belgeTakipNo}. Luca's answer to a second invoice
     * with a used tracking number is unknown, so the simulator accepts it: a client that sends one
     * order twice makes two invoices, which {@link #invoices()} shows.
     */
    public Optional<StoredInvoice> invoiceByTrackingNo(String trackingNo) {
        return invoices().stream().filter(invoice -> trackingNo.equals(invoice.belgeTakipNo())).findFirst();
    }

    public int invoiceCount() {
        return invoices.store().size();
    }

    /**
     * Stores a sales invoice as if EkleFtrWsFaturaBaslik.do had received these fields (its account
     * and stock cards must exist). Throws IllegalArgumentException with Luca's message if Luca would refuse it.
     */
    public StoredInvoice addInvoice(Map<String, ?> fields) {
        return invoices.create(Json.MAPPER.valueToTree(fields)).orThrow();
    }

    /**
     * Replies the lost-reply fault swallowed ({@link LucaFaults#setLostReplyRate}, {@link LucaFaults#loseNextReplies}):
     * each is a write that ran although its client saw no answer.
     */
    public long lostReplyCount() {
        return counters.lostReplies();
    }

    /** Calls answered HTTP 500 by the fault knobs ({@link LucaFaults#setFailureRate5xx}, {@link LucaFaults#failNextCalls}). */
    public long serverErrorCount() {
        return counters.serverErrors();
    }

    /** Calls answered HTTP 200 with the HTML error page by the fault knobs ({@link LucaFaults#setHtmlErrorRate}, {@link LucaFaults#htmlErrorOnNextCalls}). */
    public long htmlErrorCount() {
        return counters.htmlErrors();
    }

    /** Successful Giris.do logins. */
    public long loginCount() {
        return sessionActions.loginCount();
    }

    /** Calls received for one action, e.g. {@code "EkleStkWsSkart.do"}, whatever the answer. */
    public long callCount(String action) {
        return counters.count(action);
    }

    public Map<String, Long> callCounts() {
        return counters.snapshot();
    }

    /** The most calls seen in flight at once on the emulated API. */
    public int peakConcurrency() {
        return gauge.peak();
    }

    public LucaFaults faults() {
        return faults;
    }

    public int sessionCount() {
        return sessions.size();
    }

    /** Every open session ends now; the next call with its cookie gets "Login olunmalı." */
    public void expireAllSessions() {
        sessions.expireAll();
    }

    /**
     * How often open sessions were ended before their time ({@link #expireAllSessions()}, the
     * fault knobs' one-shot and periodic expiry), counting only the times a session was open: each
     * is an expiry a client has to notice, so a client that logs in once per expiry has
     * {@code loginCount() <= sessionExpiryCount() + 1}.
     */
    public long sessionExpiryCount() {
        return sessions.forcedExpiries();
    }

    /**
     * Back to the state just after start: no cards (ids restart at 79409), no customer accounts
     * (ids restart at 210001), no invoices (ids restart at 500001, every series at number 1),
     * counts, injected faults, lost replies, sessions, expiries or peak; faults as configured.
     */
    public void reset() {
        stockCards.store().clear();
        customers.store().clear();
        invoices.store().clear();
        counters.reset();
        sessionActions.resetLoginCount();
        sessions.clear();
        gauge.resetPeak();
        faults.restoreDefaults();
    }

    @Override
    public void close() {
        goOffline();
    }

    private Map<String, LucaApiHandler.Route> routes(StockCardActions cards, CustomerActions customerActions,
            InvoiceActions invoiceActions) {
        Map<String, LucaApiHandler.Route> routes = new HashMap<>();
        routes.put("Giris.do", route(LucaAction.Access.ANYONE, sessionActions::login));
        routes.put("YdlUserResponsibilityOrgSs.do", route(LucaAction.Access.LOGGED_IN, sessionActions::branches));
        routes.put("GuncelleYtkSirketSubeDegistir.do", route(LucaAction.Access.LOGGED_IN, sessionActions::changeBranch));
        routes.put("ListeleGnlOlcumBirimi.do", route(LucaAction.Access.BRANCH_SELECTED, cards::units));
        routes.put("ListeleStkSkart.do", route(LucaAction.Access.BRANCH_SELECTED, cards::list));
        routes.put("EkleStkWsSkart.do", route(LucaAction.Access.BRANCH_SELECTED, cards::create));
        routes.put("GuncelleStkWsSkart.do", route(LucaAction.Access.BRANCH_SELECTED, cards::update));
        routes.put("SilStkSkart.do", route(LucaAction.Access.BRANCH_SELECTED, cards::delete));
        routes.put("ListeleFinMusteri.do", route(LucaAction.Access.BRANCH_SELECTED, customerActions::list));
        routes.put("EkleFinMusteriWS.do", route(LucaAction.Access.BRANCH_SELECTED, customerActions::create));
        routes.put("ListeleFtrSsFaturaBaslik.do", route(LucaAction.Access.BRANCH_SELECTED, invoiceActions::list));
        routes.put("EkleFtrWsFaturaBaslik.do", route(LucaAction.Access.BRANCH_SELECTED, invoiceActions::create));
        routes.put("SilFtrWsFaturaBaslik.do", route(LucaAction.Access.BRANCH_SELECTED, invoiceActions::delete));
        return routes;
    }

    private static LucaApiHandler.Route route(LucaAction.Access access, LucaAction action) {
        return new LucaApiHandler.Route(access, action);
    }
}
