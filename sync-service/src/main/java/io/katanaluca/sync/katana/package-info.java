/**
 * Reading products, materials, customers, variants and sales orders (with tax rates, shipping fees
 * and fulfillments) from Katana MRP.
 *
 * <p>{@link io.katanaluca.sync.katana.KatanaClient} streams a list endpoint page by page;
 * {@link io.katanaluca.sync.katana.KatanaSalesOrders} reads the sales order lists through it. Every
 * request first passes the {@link io.katanaluca.sync.katana.KatanaRateBudget} (client-side pacing
 * plus Katana's own {@code X-Ratelimit-*} headers) and runs under the one Resilience4j Retry for
 * Katana, which waits out a 429's {@code Retry-After} and backs off exponentially on 5xx and I/O
 * failures. Every failure surfaces as a {@link io.katanaluca.sync.remote.RemoteCallException}
 * whose kind says whether retrying can help.
 */
package io.katanaluca.sync.katana;
