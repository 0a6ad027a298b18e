package io.katanaluca.sim.luca;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link LucaSimulator} starts. The fault values are only the initial state of
 * {@link LucaSimulator#faults()}, which can change them at run time.
 *
 * @param port            0 picks a free port
 * @param orgCode         the member number (üye no) Giris.do expects
 * @param branches        what YdlUserResponsibilityOrgSs.do lists
 * @param sessionLifetime counted from login
 * @param htmlExpiryShare share of "not logged in" replies sent as an HTML login page, 0..1
 * @param latency         slept on every call
 * @param latencyJitter   up to this much more, uniformly drawn per call (0 = none)
 * @param htmlErrorRate   share of calls answered 200 with an HTML error page, 0..1
 * @param maxConcurrent   calls in flight above this get HTTP 503; 0 = unlimited
 * @param sessionExpiryInterval every open session ends this often, counted from start (0 = never)
 * @param stockListKey    wrapper key of ListeleStkSkart.do replies ("list"); {@link #BARE_ARRAY} for none
 * @param lostReplyRate   share of calls to write actions ({@code Ekle*}, {@code Guncelle*}, {@code Sil*}) that
 *                        run but whose reply is lost (the connection closes without an answer), 0..1
 * @param invoices        what sales invoices must look like to be accepted
 * @param seed            seeds the fault randomness
 */
public record LucaSimulatorConfig(int port, String orgCode, String username, String password,
        List<LucaBranch> branches, Duration sessionLifetime, double htmlExpiryShare, Duration latency, Duration latencyJitter,
        double failureRate5xx, double htmlErrorRate, int maxConcurrent, Duration sessionExpiryInterval, List<LucaUnit> units,
        String stockListKey, double lostReplyRate, LucaInvoiceConfig invoices, long seed) {

    /** Value of {@link #stockListKey()} that makes the stock-card list a bare JSON array. */
    public static final String BARE_ARRAY = "";

    public LucaSimulatorConfig {
        Objects.requireNonNull(orgCode, "orgCode");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(sessionLifetime, "sessionLifetime");
        Objects.requireNonNull(stockListKey, "stockListKey");
        Objects.requireNonNull(invoices, "invoices");
        branches = List.copyOf(branches);
        units = List.copyOf(units);
        if (port < 0 || sessionLifetime.isNegative() || sessionLifetime.isZero()) {
            throw new IllegalArgumentException("Invalid Luca simulator config: port=" + port + ", sessionLifetime="
                    + sessionLifetime);
        }
        FaultValues.check(latency, failureRate5xx, htmlErrorRate, htmlExpiryShare, maxConcurrent);
        FaultValues.checkLatency(latencyJitter);
        FaultValues.checkInterval(sessionExpiryInterval);
        FaultValues.checkShare("lostReplyRate", lostReplyRate);
    }

    public static LucaSimulatorConfig defaults() {
        return new LucaSimulatorConfig(0, "1234", "demo", "demo-pass",
                List.of(new LucaBranch(11746, "Merkez"), new LucaBranch(11747, "Şube 2")), Duration.ofMinutes(20),
                0, Duration.ZERO, Duration.ZERO, 0, 0, 0, Duration.ZERO, defaultUnits(), "list", 0, LucaInvoiceConfig.defaults(), 42);
    }

    /** ADET, KG, M and LT first, with ids 1-4; real installations have their own ids. */
    public static List<LucaUnit> defaultUnits() {
        return List.of(new LucaUnit(1, "ADET", "Adet", "ad"), new LucaUnit(2, "KG", "Kilogram", "kg"),
                new LucaUnit(3, "M", "Metre", "m"), new LucaUnit(4, "LT", "Litre", "lt"),
                new LucaUnit(5, "M2", "Metrekare", "m²"), new LucaUnit(6, "M3", "Metreküp", "m³"),
                new LucaUnit(7, "PK", "Paket", "pk"), new LucaUnit(8, "TK", "Takım", "tk"));
    }

    public LucaSimulatorConfig withPort(int port) {
        return new LucaSimulatorConfig(port, orgCode, username, password, branches, sessionLifetime, htmlExpiryShare,
                latency, latencyJitter, failureRate5xx, htmlErrorRate, maxConcurrent, sessionExpiryInterval, units, stockListKey,
                lostReplyRate, invoices, seed);
    }

    public LucaSimulatorConfig withCredentials(String orgCode, String username, String password) {
        return new LucaSimulatorConfig(port, orgCode, username, password, branches, sessionLifetime, htmlExpiryShare,
                latency, latencyJitter, failureRate5xx, htmlErrorRate, maxConcurrent, sessionExpiryInterval, units, stockListKey,
                lostReplyRate, invoices, seed);
    }

    public LucaSimulatorConfig withBranches(List<LucaBranch> branches) {
        return new LucaSimulatorConfig(port, orgCode, username, password, branches, sessionLifetime, htmlExpiryShare,
                latency, latencyJitter, failureRate5xx, htmlErrorRate, maxConcurrent, sessionExpiryInterval, units, stockListKey,
                lostReplyRate, invoices, seed);
    }

    public LucaSimulatorConfig withSessionLifetime(Duration sessionLifetime) {
        return new LucaSimulatorConfig(port, orgCode, username, password, branches, sessionLifetime, htmlExpiryShare,
                latency, latencyJitter, failureRate5xx, htmlErrorRate, maxConcurrent, sessionExpiryInterval, units, stockListKey,
                lostReplyRate, invoices, seed);
    }

    public LucaSimulatorConfig withHtmlExpiryShare(double htmlExpiryShare) {
        return new LucaSimulatorConfig(port, orgCode, username, password, branches, sessionLifetime, htmlExpiryShare,
                latency, latencyJitter, failureRate5xx, htmlErrorRate, maxConcurrent, sessionExpiryInterval, units, stockListKey,
                lostReplyRate, invoices, seed);
    }

    public LucaSimulatorConfig withLatency(Duration latency) {
        return new LucaSimulatorConfig(port, orgCode, username, password, branches, sessionLifetime, htmlExpiryShare,
                latency, latencyJitter, failureRate5xx, htmlErrorRate, maxConcurrent, sessionExpiryInterval, units, stockListKey,
                lostReplyRate, invoices, seed);
    }

    /** Each call sleeps {@link #latency()} plus a uniformly drawn 0..{@code latencyJitter}. */
    public LucaSimulatorConfig withLatencyJitter(Duration latencyJitter) {
        return new LucaSimulatorConfig(port, orgCode, username, password, branches, sessionLifetime, htmlExpiryShare,
                latency, latencyJitter, failureRate5xx, htmlErrorRate, maxConcurrent, sessionExpiryInterval, units, stockListKey,
                lostReplyRate, invoices, seed);
    }

    /** Every {@code interval} (counted from start) all open sessions end, whatever their lifetime; zero = never. */
    public LucaSimulatorConfig withSessionExpiryInterval(Duration sessionExpiryInterval) {
        return new LucaSimulatorConfig(port, orgCode, username, password, branches, sessionLifetime, htmlExpiryShare,
                latency, latencyJitter, failureRate5xx, htmlErrorRate, maxConcurrent, sessionExpiryInterval, units, stockListKey,
                lostReplyRate, invoices, seed);
    }

    public LucaSimulatorConfig withFailureRate5xx(double failureRate5xx) {
        return new LucaSimulatorConfig(port, orgCode, username, password, branches, sessionLifetime, htmlExpiryShare,
                latency, latencyJitter, failureRate5xx, htmlErrorRate, maxConcurrent, sessionExpiryInterval, units, stockListKey,
                lostReplyRate, invoices, seed);
    }

    public LucaSimulatorConfig withHtmlErrorRate(double htmlErrorRate) {
        return new LucaSimulatorConfig(port, orgCode, username, password, branches, sessionLifetime, htmlExpiryShare,
                latency, latencyJitter, failureRate5xx, htmlErrorRate, maxConcurrent, sessionExpiryInterval, units, stockListKey,
                lostReplyRate, invoices, seed);
    }

    public LucaSimulatorConfig withMaxConcurrent(int maxConcurrent) {
        return new LucaSimulatorConfig(port, orgCode, username, password, branches, sessionLifetime, htmlExpiryShare,
                latency, latencyJitter, failureRate5xx, htmlErrorRate, maxConcurrent, sessionExpiryInterval, units, stockListKey,
                lostReplyRate, invoices, seed);
    }

    public LucaSimulatorConfig withUnits(List<LucaUnit> units) {
        return new LucaSimulatorConfig(port, orgCode, username, password, branches, sessionLifetime, htmlExpiryShare,
                latency, latencyJitter, failureRate5xx, htmlErrorRate, maxConcurrent, sessionExpiryInterval, units, stockListKey,
                lostReplyRate, invoices, seed);
    }

    /** "list" (default), "stkSkart", any other key, or {@link #BARE_ARRAY}. */
    public LucaSimulatorConfig withStockListKey(String stockListKey) {
        return new LucaSimulatorConfig(port, orgCode, username, password, branches, sessionLifetime, htmlExpiryShare,
                latency, latencyJitter, failureRate5xx, htmlErrorRate, maxConcurrent, sessionExpiryInterval, units, stockListKey,
                lostReplyRate, invoices, seed);
    }

    /** Share of write calls ({@code Ekle*}, {@code Guncelle*}, {@code Sil*}) that run but lose their reply. */
    public LucaSimulatorConfig withLostReplyRate(double lostReplyRate) {
        return new LucaSimulatorConfig(port, orgCode, username, password, branches, sessionLifetime, htmlExpiryShare,
                latency, latencyJitter, failureRate5xx, htmlErrorRate, maxConcurrent, sessionExpiryInterval, units, stockListKey,
                lostReplyRate, invoices, seed);
    }

    public LucaSimulatorConfig withInvoices(LucaInvoiceConfig invoices) {
        return new LucaSimulatorConfig(port, orgCode, username, password, branches, sessionLifetime, htmlExpiryShare,
                latency, latencyJitter, failureRate5xx, htmlErrorRate, maxConcurrent, sessionExpiryInterval, units, stockListKey,
                lostReplyRate, invoices, seed);
    }

    public LucaSimulatorConfig withSeed(long seed) {
        return new LucaSimulatorConfig(port, orgCode, username, password, branches, sessionLifetime, htmlExpiryShare,
                latency, latencyJitter, failureRate5xx, htmlErrorRate, maxConcurrent, sessionExpiryInterval, units, stockListKey,
                lostReplyRate, invoices, seed);
    }
}
