/**
 * The Katana MRP simulator: {@link io.katanaluca.sim.katana.KatanaSimulator} serves a
 * {@link io.katanaluca.sim.katana.KatanaCatalogue} (products, variants, materials, customers, sales
 * orders with their rows, addresses, fulfillments and shipping fees, tax rates) the way Katana's
 * public API does, including
 * string-valued X-Pagination, the 250 limit clamp, soft deletes, Bearer auth and the 60/60 s quota;
 * catalogue changes go out as signed, retried webhook deliveries ({@code Webhook*} classes).
 */
package io.katanaluca.sim.katana;
