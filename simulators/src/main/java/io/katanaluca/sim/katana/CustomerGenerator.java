package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.node.ObjectNode;

/** Generates Katana customers: mostly Turkish companies, some private persons. */
final class CustomerGenerator {

    private static final long CUSTOMER_IDS = 7_000_000L;
    private static final List<String> CURRENCIES = List.of("TRY", "TRY", "TRY", "EUR", "USD");
    private static final List<String> CATEGORIES = List.of("Toptan", "Perakende", "Bayi");

    private final Random random;
    private final GeneratorClock clock;
    private long nextAddressId = 8_000_001L;

    CustomerGenerator(Random random, GeneratorClock clock) {
        this.random = random;
        this.clock = clock;
    }

    ObjectNode customer(int number) {
        long id = CUSTOMER_IDS + number;
        Person person = person();
        ObjectNode customer = Json.object();
        customer.put("id", id);
        customer.put("name", person.company() == null ? person.fullName() : person.company());
        customer.put("first_name", person.first());
        customer.put("last_name", person.last());
        customer.put("company", person.company());
        customer.put("email", person.email());
        customer.put("phone", phone());
        customer.putNull("comment");
        customer.put("currency", TurkishWords.pick(random, CURRENCIES));
        customer.putNull("reference_id");
        customer.put("category", TurkishWords.pick(random, CATEGORIES));
        customer.put("discount_rate", random.nextInt(4) * 5);
        return withAddresses(customer, person);
    }

    private Person person() {
        String first = TurkishWords.pick(random, TurkishWords.FIRST_NAMES);
        String last = TurkishWords.pick(random, TurkishWords.LAST_NAMES);
        String company = random.nextInt(5) == 0 ? null : company();
        String domain = TurkishWords.ascii(company == null ? last : company.split(" ")[0]) + ".com.tr";
        return new Person(first, last, company, TurkishWords.ascii(first) + "@" + domain);
    }

    private String company() {
        return TurkishWords.pick(random, TurkishWords.COMPANY_WORDS) + " "
                + TurkishWords.pick(random, TurkishWords.SECTORS) + " "
                + TurkishWords.pick(random, TurkishWords.COMPANY_FORMS);
    }

    private String phone() {
        return String.format("+90 5%02d %03d %02d %02d", random.nextInt(60), random.nextInt(1000),
                random.nextInt(100), random.nextInt(100));
    }

    private ObjectNode withAddresses(ObjectNode customer, Person person) {
        Instant created = clock.next();
        String createdAt = Timestamps.format(created);
        String updatedAt = Timestamps.format(created.plus(Duration.ofHours(random.nextInt(24 * 30))));
        ObjectNode billing = address(customer, person, "billing", createdAt);
        ObjectNode shipping = random.nextBoolean() ? address(customer, person, "shipping", createdAt) : null;
        customer.put("default_billing_id", billing.path("id").asLong());
        customer.put("default_shipping_id", shipping == null ? null : shipping.path("id").asLong());
        customer.putArray("addresses").add(billing);
        if (shipping != null) {
            customer.withArray("addresses").add(shipping);
        }
        customer.put("created_at", createdAt);
        customer.put("updated_at", updatedAt);
        customer.putNull("deleted_at");
        return customer;
    }

    private ObjectNode address(ObjectNode customer, Person person, String entityType, String createdAt) {
        List<String> place = TurkishWords.pick(random, TurkishWords.PLACES);
        ObjectNode address = Json.object();
        address.put("id", nextAddressId++);
        address.put("customer_id", customer.path("id").asLong());
        address.put("entity_type", entityType);
        address.put("default", true);
        address.put("first_name", person.first());
        address.put("last_name", person.last());
        address.put("company", person.company());
        address.put("phone", customer.path("phone").asString());
        address.put("line_1", TurkishWords.pick(random, TurkishWords.STREETS));
        address.putNull("line_2");
        address.put("city", place.get(0));
        address.put("state", place.get(1));
        address.put("zip", String.format("%05d", 1000 + random.nextInt(80_000)));
        address.put("country", "TR");
        address.put("created_at", createdAt);
        address.put("updated_at", createdAt);
        address.putNull("deleted_at");
        return address;
    }

    private record Person(String first, String last, String company, String email) {
        String fullName() {
            return first + " " + last;
        }
    }
}
