package io.katanaluca.sync.katana;

import java.math.BigDecimal;

/** A Katana tax rate ({@code GET /tax_rates}); {@code rate} is a percentage, e.g. 20. */
public record KatanaTaxRate(long id, String name, BigDecimal rate, Boolean isDefaultSales, Boolean isDefaultPurchases, String displayName) {
}
