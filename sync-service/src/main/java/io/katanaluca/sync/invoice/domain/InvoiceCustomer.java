package io.katanaluca.sync.invoice.domain;

/**
 * The Luca account an invoice is written to, from the customer sync's mapping. Only what is
 * known is sent: a missing tax number or surname stays missing, never made up.
 *
 * @param cariKodu  the Luca account code; null when the customer has no Luca account yet
 * @param cariTanim the account's name; blank fails the order
 * @param vergiNo   VKN or TCKN when known
 */
public record InvoiceCustomer(long customerId, String cariKodu, String cariTanim, String vergiNo) {
}
