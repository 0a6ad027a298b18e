package io.katanaluca.bench;

import io.katanaluca.bench.ServiceApi.RunOutcome;
import java.time.Duration;
import java.util.List;

/**
 * One measured SALES_INVOICE run over {@code orders} delivered orders, after the master data was synced.
 *
 * @param held   the invoices Luca holds after the run
 * @param unique the distinct {@code belgeTakipNo} among them (fewer than {@code held}: a duplicate)
 * @param wall   from just before the start request to the run's end as the service recorded it
 */
record InvoiceResult(int orders, RunOutcome outcome, Duration wall, Counts cost, int held, int unique, LowerBound bound) {

    static final String CREATE = "EkleFtrWsFaturaBaslik.do";
    static final String LIST = "ListeleFtrSsFaturaBaslik.do";

    double efficiency() {
        return bound.efficiencyOf(wall);
    }

    /** Invoices created per second of wall time. */
    double throughput() {
        return wall.isZero() ? 0 : outcome.created() / (wall.toNanos() / 1e9);
    }

    long creates() {
        return cost.lucaCall(CREATE);
    }

    /** Exactly one invoice per delivered order, one create each, and no new login (the master data runs left a live session). */
    List<Target> targets() {
        if (!outcome.hasEnded()) {
            return List.of(new Target("the run ended while the benchmark waited", false));
        }
        return List.of(new Target("exactly " + orders + " invoices, one per order", outcome.created() == orders && held == orders && unique == orders),
                new Target(orders + " creates", creates() == orders), new Target("≤ 1 login", cost.lucaLogins() <= 1));
    }
}
