package io.katanaluca.sync.invoice.domain;

import java.util.Optional;

/** Luca's invoices by {@code belgeTakipNo}: finds an invoice written before its mapping was stored (a crash, a timeout). */
@FunctionalInterface
public interface InvoiceDirectory {

    Optional<ListedInvoice> byTrackingNumber(String belgeTakipNo);
}
