package io.katanaluca.bench;

import java.time.Duration;
import java.util.Locale;

/** One console line per run, and the number formats the report shares with it. */
final class Progress {

    private Progress() {
    }

    static String line(ScenarioResult result) {
        return String.format(Locale.ROOT, "%,d variants, %s: %s in %s (bound %s, efficiency %.2f), %d Luca writes, %d Katana calls, %d logins, queued %s",
                result.variants(), result.scenario().label(),
                result.outcome().hasEnded() ? result.outcome().status() : "NOT ENDED (" + result.outcome().processed() + " done)", seconds(result.wall()), seconds(result.bound().total()),
                result.efficiency(), result.cost().lucaWrites(), result.cost().katanaRequests(), result.cost().lucaLogins(),
                seconds(result.outcome().queued()));
    }

    static String line(InvoiceResult result) {
        return String.format(Locale.ROOT, "%,d delivered orders, sales invoices: %s, %,d invoices created (Luca holds %,d, %,d distinct) in %s"
                        + " (bound %s, efficiency %.2f), %.1f invoices/s, %,d Luca calls (%s), %d Katana calls, %d logins, queued %s",
                result.orders(), result.outcome().hasEnded() ? result.outcome().status() : "NOT ENDED (" + result.outcome().processed() + " done)",
                result.outcome().created(), result.held(), result.unique(), seconds(result.wall()), seconds(result.bound().total()), result.efficiency(),
                result.throughput(), result.cost().lucaTotal(), MarkdownReport.lucaCalls(result.cost().lucaCalls()), result.cost().katanaRequests(),
                result.cost().lucaLogins(), seconds(result.outcome().queued()));
    }

    static String seconds(Duration duration) {
        double seconds = duration.toNanos() / 1e9;
        return String.format(Locale.ROOT, seconds < 10 ? "%.2f s" : seconds < 100 ? "%.1f s" : "%,.0f s", seconds);
    }

    static String millis(Duration duration) {
        double millis = duration.toNanos() / 1e6;
        return String.format(Locale.ROOT, millis < 10 ? "%.1f ms" : "%,.0f ms", millis);
    }

    static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", Math.round(bytes / 1048576.0));
    }
}
