package io.katanaluca.sync.customer.domain;

import io.katanaluca.sync.record.Sha256;
import java.util.Objects;
import java.util.stream.Collectors;

/** A stable fingerprint of what an account draft would write to Luca: every field, in a fixed order. */
public final class CustomerPayloadHash {

    private CustomerPayloadHash() {
    }

    public static String of(CustomerDraft draft) {
        return Sha256.of(draft.fields().entrySet().stream()
                .map(field -> field.getKey() + "=" + Objects.toString(field.getValue(), "∅")).collect(Collectors.joining("\u001f")));
    }
}
