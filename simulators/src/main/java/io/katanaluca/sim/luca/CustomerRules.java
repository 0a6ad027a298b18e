package io.katanaluca.sim.luca;

import static io.katanaluca.sim.luca.LucaFields.first;
import static io.katanaluca.sim.luca.LucaFields.isBlank;
import static io.katanaluca.sim.luca.LucaFields.longValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Luca's checks on {@code EkleFinMusteriWS.do} bodies, in the order they are reported. Luca does
 * not document them; the required fields, limits and codes here are the simulator's choices.
 */
final class CustomerRules {

    static final Map<String, Integer> MAX_LENGTHS = Map.of("kartKod", 50, "tanim", 250, "kisaAd", 30,
            "yasalUnvan", 250, "ad", 50, "soyad", 50, "adresSerbest", 250, "iletisimTanim", 100);
    static final Set<String> CURRENCIES = Set.of("TRY", "USD", "EUR", "GBP", "CHF");
    static final Set<Long> ADDRESS_TYPES = Set.of(5L, 6L, 8L, 9L);
    static final Set<Long> CONTACT_TYPES = Set.of(3L, 4L, 5L, 7L);

    private static final List<String> REQUIRED = List.of("tip", "cariTipId", "tanim");
    private static final List<String> NUMBER_FIELDS = List.of("tip", "cariTipId", "takipNoFlag", "efaturaTuru",
            "adresTipId", "iletisimTipId", "vergiDairesiId", "mutabakatMektubuGonderilecek");
    private static final List<String> TEXT_FIELDS = List.of("kartKod", "tanim", "kisaAd", "yasalUnvan", "vergiNo",
            "tcKimlikNo", "ad", "soyad", "paraBirimKod", "kategoriKod", "ulke", "il", "ilce", "adresSerbest",
            "iletisimTanim", "dogumTarihi");

    Optional<LucaProblem> check(JsonNode body) {
        if (!isReadable(body)) {
            return Optional.of(LucaProblem.malformed());
        }
        return first(List.of(() -> LucaFields.required(body, REQUIRED), () -> type(body), () -> person(body),
                () -> taxNumbers(body), () -> lengths(body), () -> currency(body), () -> address(body), () -> contacts(body)));
    }

    /** Luca binds the body to a typed form: wrong JSON types fail before any rule runs. */
    private static boolean isReadable(JsonNode body) {
        if (body == null || !body.isObject()) {
            return false;
        }
        JsonNode contacts = body.path("iletisimListesi");
        boolean contactsReadable = contacts.isMissingNode() || contacts.isNull()
                || contacts.isArray() && contacts.valueStream().allMatch(CustomerRules::isReadableContact);
        return contactsReadable && isReadableFlat(body);
    }

    private static boolean isReadableFlat(JsonNode node) {
        return NUMBER_FIELDS.stream().allMatch(f -> isNumberLike(node.path(f)))
                && TEXT_FIELDS.stream().allMatch(f -> !node.path(f).isContainer());
    }

    private static boolean isReadableContact(JsonNode contact) {
        return contact.isObject() && isReadableFlat(contact);
    }

    private static boolean isNumberLike(JsonNode node) {
        if (node.isMissingNode() || node.isNull() || node.isNumber()) {
            return true;
        }
        return node.isString() && (node.asString().isBlank() || node.asString().trim().matches("-?\\d+(\\.\\d+)?"));
    }

    private static Optional<LucaProblem> type(JsonNode body) {
        long tip = longValue(body.path("tip"));
        return tip == 1 || tip == 2 ? Optional.empty()
                : Optional.of(new LucaProblem("[tip] alanı 1 (firma) veya 2 (şahıs) olmalıdır."));
    }

    /** A person (tip 2) needs a first and a last name. */
    private static Optional<LucaProblem> person(JsonNode body) {
        if (longValue(body.path("tip")) != 2) {
            return Optional.empty();
        }
        return LucaFields.required(body, List.of("ad", "soyad"));
    }

    /** Also the check on the tax numbers an invoice header sends. */
    static Optional<LucaProblem> taxNumbers(JsonNode body) {
        String vkn = body.path("vergiNo").asString("");
        if (!vkn.isBlank() && !vkn.matches("\\d{10}")) {
            return Optional.of(new LucaProblem("[vergiNo] alanı 10 haneli olmalıdır."));
        }
        String tckn = body.path("tcKimlikNo").asString("");
        if (!tckn.isBlank() && !Tckn.isValid(tckn)) {
            return Optional.of(new LucaProblem("[tcKimlikNo] geçerli bir T.C. kimlik numarası değil."));
        }
        return Optional.empty();
    }

    private static Optional<LucaProblem> lengths(JsonNode body) {
        return MAX_LENGTHS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(limit -> body.path(limit.getKey()).asString("").length() > limit.getValue())
                .map(limit -> new LucaProblem("[" + limit.getKey() + "] alanı en fazla " + limit.getValue() + " karakter olabilir."))
                .findFirst();
    }

    private static Optional<LucaProblem> currency(JsonNode body) {
        String currency = body.path("paraBirimKod").asString("");
        return currency.isBlank() || CURRENCIES.contains(currency) ? Optional.empty()
                : Optional.of(new LucaProblem("Para birimi bulunamadı: " + currency));
    }

    private static Optional<LucaProblem> address(JsonNode body) {
        JsonNode type = body.path("adresTipId");
        return isBlank(type) || ADDRESS_TYPES.contains(longValue(type)) ? Optional.empty()
                : Optional.of(new LucaProblem("Adres tipi bulunamadı."));
    }

    private static Optional<LucaProblem> contacts(JsonNode body) {
        boolean flatOk = isBlank(body.path("iletisimTipId")) || CONTACT_TYPES.contains(longValue(body.path("iletisimTipId")));
        boolean listOk = body.path("iletisimListesi").valueStream()
                .allMatch(c -> !isBlank(c.path("iletisimTipId")) && CONTACT_TYPES.contains(longValue(c.path("iletisimTipId"))));
        return flatOk && listOk ? Optional.empty() : Optional.of(new LucaProblem("İletişim tipi bulunamadı."));
    }

}
