/**
 * The Luca (Koza) side: {@link io.katanaluca.sync.luca.LucaClient} for stock cards, units and
 * customer accounts ({@code ListeleFinMusteri.do}, {@code EkleFinMusteriWS.do}; Luca has no known account update),
 * sales invoices ({@code EkleFtrWsFaturaBaslik.do}, {@code ListeleFtrSsFaturaBaslik.do}, {@code SilFtrWsFaturaBaslik.do}), and
 * {@link io.katanaluca.sync.luca.LucaSessionManager}, the one session all callers share.
 *
 * <p>Luca is read defensively: an expired session arrives as HTTP 200 with code 1001/1002/1003,
 * as an HTML login page or as 401 ({@code LucaReplyClassifier}), and is answered with one re-login
 * and one replay; a listing that is not a list is a failure, never an empty result. Luca has no
 * idempotency key: an invoice create that may have reached Luca without a usable answer is a
 * {@link io.katanaluca.sync.luca.LucaWriteOutcomeUnknownException}, never retried blindly.
 */
package io.katanaluca.sync.luca;
