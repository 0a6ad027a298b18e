package io.katanaluca.sync.customer.domain;

import java.util.Map;

/**
 * A customer account as Luca's listing shows it.
 *
 * @param fields the listed fields by Luca's name ({@code tanim}, {@code vergiNo}, {@code email}, ...), only those the
 *               listing carries; a field the listing leaves out is not compared
 */
public record ListedAccount(long lucaId, String code, Map<String, String> fields) {
}
