package io.katanaluca.sync.customer.domain;

import java.util.Optional;

/** The accounts Luca holds, by code, as listed at the start of a run. */
@FunctionalInterface
public interface AccountDirectory {

    Optional<ListedAccount> byCode(String code);
}
