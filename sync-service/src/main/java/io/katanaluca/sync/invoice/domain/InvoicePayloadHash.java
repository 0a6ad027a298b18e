package io.katanaluca.sync.invoice.domain;

import io.katanaluca.sync.record.Sha256;
import java.util.Objects;
import java.util.stream.Collectors;

/** A stable fingerprint of what an invoice draft would write to Luca: every sent field, in a fixed order. */
public final class InvoicePayloadHash {

    private InvoicePayloadHash() {
    }

    public static String of(InvoiceDraft draft) {
        return Sha256.of(draft.fields().entrySet().stream()
                .map(field -> field.getKey() + "=" + Objects.toString(field.getValue(), "∅")).collect(Collectors.joining("\u001f")));
    }
}
