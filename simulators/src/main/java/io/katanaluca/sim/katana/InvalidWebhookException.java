package io.katanaluca.sim.katana;

import java.util.List;
import java.util.stream.Collectors;

/** A webhook body Katana would reject with 422 VALIDATION_FAILED. */
final class InvalidWebhookException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ValidationDetail> details;

    InvalidWebhookException(List<ValidationDetail> details) {
        super(details.stream().map(d -> d.path() + " " + d.message()).collect(Collectors.joining("; ")));
        this.details = List.copyOf(details);
    }

    List<ValidationDetail> details() {
        return details;
    }
}
