package io.katanaluca.sim.luca;

import io.katanaluca.sim.http.HttpReply;
import io.katanaluca.sim.http.Json;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** ListeleFinMusteri.do and EkleFinMusteriWS.do. */
final class CustomerActions {

    static final String LIST_KEY = "finMusteriListesi";

    private static final List<String> LIST_FIELDS = List.of("tanim", "kisaAd", "yasalUnvan", "vergiNo", "tcKimlikNo",
            "cariTipId", "paraBirimKod");
    private static final List<Long> PHONE_TYPES = List.of(3L, 7L);

    private final Customers customers;

    CustomerActions(Customers customers) {
        this.customers = customers;
    }

    HttpReply create(LucaCall call) {
        return customers.create(call.json().orElse(null)).reply(customer -> LucaReplies.json(Json.object()
                .put("finansalNesneId", customer.finansalNesneId()).put("kod", customer.kartKod()).put("error", false)
                .put("message", customer.kartKod() + " - " + customer.tanim() + " müşteri kartı başarıyla kaydedildi.")));
    }

    /** Without {@code No-Paging: true} only the first page comes back, as for stock cards. */
    HttpReply list(LucaCall call) {
        return LucaLists.list(call, List.of(), CustomerFilter::parse, customers.store().all(), LucaLists.under(LIST_KEY),
                CustomerActions::listItem);
    }

    /** The list names the code {@code kod} and {@code kartKod}, nests it again, and shows the first e-mail and phone. */
    static ObjectNode listItem(StoredCustomer customer) {
        ObjectNode item = Json.object();
        item.put("finansalNesneId", customer.finansalNesneId());
        item.put("kod", customer.kartKod());
        item.put("kartKod", customer.kartKod());
        LIST_FIELDS.forEach(field -> item.set(field, customer.field(field).isMissingNode() ? null : customer.field(field)));
        item.put("email", contact(customer, List.of(5L)));
        item.put("telefon", contact(customer, PHONE_TYPES));
        item.putObject("gnlFinansalNesne").put("finansalNesneId", customer.finansalNesneId()).put("kod", customer.kartKod());
        return item;
    }

    private static String contact(StoredCustomer customer, List<Long> types) {
        JsonNode body = customer.json();
        if (types.contains(body.path("iletisimTipId").asLong(-1))) {
            return body.path("iletisimTanim").asString(null);
        }
        return body.path("iletisimListesi").valueStream().filter(c -> types.contains(c.path("iletisimTipId").asLong(-1)))
                .map(c -> c.path("iletisimTanim").asString(null)).findFirst().orElse(null);
    }
}
