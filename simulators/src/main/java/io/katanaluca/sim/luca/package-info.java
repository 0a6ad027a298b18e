/**
 * The Luca Koza simulator: {@link io.katanaluca.sim.luca.LucaSimulator} emulates login, branch
 * selection, units, stock cards and customer accounts under {@code /Yetki/}, with Luca's HTTP-200 error replies,
 * session expiry as JSON code 1001 or an HTML login page, the No-Paging trap and fault knobs.
 */
package io.katanaluca.sim.luca;
