/**
 * Katana sales order → Luca sales invoice ({@code EkleFtrWsFaturaBaslik.do}): the invoice rules,
 * the VAT table, the money rule and the sync planning. Plain Java with no Spring, HTTP, JobRunr or
 * JSON types, so a unit test drives it with no server.
 *
 * <p>Money rule: every amount is a BigDecimal. A line's net amount is {@code quantity × price_per_unit
 * − total_discount}, rounded HALF_UP to 2 decimals (kuruş) once per line; a line's VAT is the rounded
 * net × the VAT rate, rounded HALF_UP to 2 decimals per line (as Luca and Turkish e-invoices show VAT
 * per line). The invoice total is the sum of the rounded lines; it must equal Katana's order total
 * rounded HALF_UP to 2 decimals, else the order fails with both totals in the reason.
 */
package io.katanaluca.sync.invoice.domain;
