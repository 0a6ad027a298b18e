package io.katanaluca.sync.katana;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A Katana customer as {@code GET /customers} lists it. Katana has no tax-number field; where a
 * tax number lives (e.g. the comment) is a mapping rule, not a Katana fact.
 */
public record KatanaCustomer(
        long id,
        String name,
        String firstName,
        String lastName,
        String company,
        String email,
        String phone,
        String comment,
        String currency,
        String referenceId,
        String category,
        Long defaultBillingId,
        Long defaultShippingId,
        List<Address> addresses,
        Instant updatedAt,
        Instant deletedAt) {

    public KatanaCustomer {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** One billing or shipping address; {@code entityType} is {@code "billing"} or {@code "shipping"}. */
    public record Address(
            Long id,
            String entityType,
            @JsonProperty("default") Boolean isDefault,
            String firstName,
            String lastName,
            String company,
            String phone,
            @JsonProperty("line_1") String line1,
            @JsonProperty("line_2") String line2,
            String city,
            String state,
            String zip,
            String country) {

        public boolean isBilling() {
            return "billing".equalsIgnoreCase(entityType);
        }

        public boolean isShipping() {
            return "shipping".equalsIgnoreCase(entityType);
        }
    }
}
