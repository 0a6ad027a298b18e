/**
 * Katana sales order → Luca sales invoice ({@code EkleFtrWsFaturaBaslik.do}): the invoice rules,
 * the VAT table, the money rule and the sync planning. Plain Java with no Spring, HTTP, JobRunr or
 * JSON types, so a unit test drives it with no server.
 *
 * <p>Money rule: every amount is a BigDecimal. A line's net amount is {@code quantity × price_per_unit
 * − total_discount}, rounded HALF_UP to 2 decimals (kuruş) once per line; a line's VAT is the rounded
 * net × the VAT rate, rounded HALF_UP to 2 decimals per line (as Luca and Turkish e-invoices show VAT
 * per line). The invoice total is the sum of the rounded lines; it must equal Katana's order total
 * rounded HALF_UP to 2 decimals, else the order fails with both totals in the reason. A discounted
 * line reaches Luca so that Luca's own arithmetic ({@code miktar × birimFiyat × (1 − iskontoOran1/100)},
 * HALF_UP to kuruş) gives back exactly that net amount: the discount percent (or, in NET_PRICE mode,
 * the net unit price) carries the fewest decimals, up to 10, that do so; an amount no such value gives
 * fails the order naming the row.
 */
package io.katanaluca.sync.invoice.domain;
