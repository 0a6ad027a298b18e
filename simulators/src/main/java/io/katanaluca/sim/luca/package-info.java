/**
 * The Luca Koza simulator: {@link io.katanaluca.sim.luca.LucaSimulator} emulates login, branch
 * selection, units, stock cards, customer accounts and sales invoices under {@code /Yetki/}, with
 * Luca's HTTP-200 error replies, session expiry as JSON code 1001 or an HTML login page, the
 * No-Paging trap and fault knobs, lost replies included.
 */
package io.katanaluca.sim.luca;
