package io.katanaluca.sync.luca;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A customer account as {@code ListeleFinMusteri.do} lists it.
 *
 * @param fields the listed scalar fields by Luca's name, as text; only those present in the row (a value may be null)
 */
public record LucaCustomer(long finansalNesneId, String kod, String tanim, Map<String, String> fields) {

    public LucaCustomer {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
