package io.katanaluca.sim.luca;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/** Luca's checks on stock-card bodies, in the order Luca reports them. */
final class StockCardRules {

    static final int MAX_CODE_LENGTH = 50;
    static final int MAX_NAME_LENGTH = 250;
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final List<String> REQUIRED_ON_CREATE = List.of("kartAdi", "kartKodu", "kartTuru", "baslangicTarihi");
    private static final List<String> NUMBER_FIELDS = List.of("skartId", "kartTuru", "kartTipi", "olcumBirimiId",
            "perakendeAlisBirimFiyat", "perakendeSatisBirimFiyat", "kartAlisKdvOran", "kartSatisKdvOran");
    private static final List<String> TEXT_FIELDS = List.of("kartAdi", "kartKodu", "baslangicTarihi", "uzunAdi",
            "barkod", "kategoriAgacKod", "gtipKodu");

    private final Set<Long> unitIds;

    StockCardRules(Set<Long> unitIds) {
        this.unitIds = Set.copyOf(unitIds);
    }

    Optional<LucaProblem> checkCreate(JsonNode body) {
        if (!isReadable(body)) {
            return Optional.of(LucaProblem.malformed());
        }
        for (String field : REQUIRED_ON_CREATE) {
            if (isBlank(body.path(field))) {
                return Optional.of(LucaProblem.required(field));
            }
        }
        return first(List.of(() -> cardType(body), () -> startDate(body), () -> lengths(body), () -> unit(body)));
    }

    /** Only skartId is required; a field that is sent must still be valid. */
    Optional<LucaProblem> checkUpdate(JsonNode body) {
        if (!isReadable(body)) {
            return Optional.of(LucaProblem.malformed());
        }
        if (isBlank(body.path("skartId"))) {
            return Optional.of(LucaProblem.required("skartId"));
        }
        return first(List.of(() -> sentButBlank(body, "kartKodu"), () -> sentButBlank(body, "kartAdi"),
                () -> lengths(body), () -> unit(body)));
    }

    Optional<LucaProblem> checkDelete(JsonNode body) {
        if (!isReadable(body)) {
            return Optional.of(LucaProblem.malformed());
        }
        return isBlank(body.path("skartId")) ? Optional.of(LucaProblem.required("skartId")) : Optional.empty();
    }

    /** Luca binds the body to a typed form: wrong JSON types fail before any rule runs. */
    private static boolean isReadable(JsonNode body) {
        if (body == null || !body.isObject()) {
            return false;
        }
        return NUMBER_FIELDS.stream().allMatch(f -> isNumberLike(body.path(f)))
                && TEXT_FIELDS.stream().allMatch(f -> !body.path(f).isContainer());
    }

    private static boolean isNumberLike(JsonNode node) {
        if (node.isMissingNode() || node.isNull() || node.isNumber()) {
            return true;
        }
        return node.isString() && (node.asString().isBlank() || isDecimal(node.asString()));
    }

    private static boolean isDecimal(String text) {
        try {
            new BigDecimal(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isBlank(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asString("").isBlank();
    }

    private static Optional<LucaProblem> cardType(JsonNode body) {
        BigDecimal type = new BigDecimal(body.path("kartTuru").asString().trim());
        boolean known = type.compareTo(BigDecimal.ONE) == 0 || type.compareTo(BigDecimal.valueOf(2)) == 0;
        return known ? Optional.empty()
                : Optional.of(new LucaProblem("[kartTuru] alanı 1 (stok) veya 2 (hizmet) olmalıdır."));
    }

    private static Optional<LucaProblem> startDate(JsonNode body) {
        try {
            LocalDate.parse(body.path("baslangicTarihi").asString().trim(), DATE);
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(new LucaProblem("[baslangicTarihi] alanı dd/MM/yyyy formatında olmalıdır."));
        }
    }

    private static Optional<LucaProblem> sentButBlank(JsonNode body, String field) {
        boolean blank = body.hasNonNull(field) && body.path(field).asString().isBlank();
        return blank ? Optional.of(LucaProblem.required(field)) : Optional.empty();
    }

    private static Optional<LucaProblem> lengths(JsonNode body) {
        return first(List.of(() -> tooLong(body, "kartKodu", MAX_CODE_LENGTH),
                () -> tooLong(body, "kartAdi", MAX_NAME_LENGTH)));
    }

    private static Optional<LucaProblem> tooLong(JsonNode body, String field, int max) {
        boolean tooLong = body.path(field).asString("").length() > max;
        return tooLong ? Optional.of(new LucaProblem("[" + field + "] alanı en fazla " + max + " karakter olabilir."))
                : Optional.empty();
    }

    private Optional<LucaProblem> unit(JsonNode body) {
        JsonNode unit = body.path("olcumBirimiId");
        if (isBlank(unit) || unitIds.contains(longValue(unit))) {
            return Optional.empty();
        }
        return Optional.of(new LucaProblem("Ölçüm birimi bulunamadı."));
    }

    /** For fields that passed {@link #isReadable}: a number or a numeric string. */
    static long longValue(JsonNode node) {
        return new BigDecimal(node.asString().trim()).longValue();
    }

    /** Runs the checks in order and stops at the first problem. */
    private static Optional<LucaProblem> first(List<Supplier<Optional<LucaProblem>>> checks) {
        return checks.stream().map(Supplier::get).flatMap(Optional::stream).findFirst();
    }
}
