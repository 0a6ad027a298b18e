package io.katanaluca.sim.katana;

/**
 * Webhook deliveries since start or the last reset.
 *
 * @param deliveries one per event and webhook it was sent to (a duplicated one counts once)
 * @param duplicates deliveries sent twice on purpose
 * @param attempts   every POST: first sends, retries and duplicate copies
 * @param succeeded  POSTs answered 2xx
 * @param failed     POSTs answered otherwise or not at all
 * @param retries    POSTs with an X-Katana-Retry-Num header
 * @param givenUp    deliveries whose last retry failed too
 * @param pending    deliveries not finished yet, waiting retries included
 */
public record KatanaWebhookStats(long deliveries, long duplicates, long attempts, long succeeded, long failed,
        long retries, long givenUp, int pending) {
}
