package io.katanaluca.sim.luca;

import static io.katanaluca.sim.luca.LucaFields.first;
import static io.katanaluca.sim.luca.LucaFields.isBlank;
import static io.katanaluca.sim.luca.LucaFields.tooLong;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Luca's checks on stock-card bodies, in the order Luca reports them. */
final class StockCardRules {

    static final int MAX_CODE_LENGTH = 50;
    static final int MAX_NAME_LENGTH = 250;

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
        return first(List.of(() -> LucaFields.required(body, REQUIRED_ON_CREATE), () -> cardType(body),
                () -> startDate(body), () -> lengths(body), () -> unit(body)));
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
        return LucaFields.isReadable(body, NUMBER_FIELDS, TEXT_FIELDS);
    }

    private static Optional<LucaProblem> cardType(JsonNode body) {
        BigDecimal type = LucaFields.decimal(body.path("kartTuru"));
        boolean known = type.compareTo(BigDecimal.ONE) == 0 || type.compareTo(BigDecimal.valueOf(2)) == 0;
        return known ? Optional.empty()
                : Optional.of(new LucaProblem("[kartTuru] alanı 1 (stok) veya 2 (hizmet) olmalıdır."));
    }

    private static Optional<LucaProblem> startDate(JsonNode body) {
        return LucaFields.date(body.path("baslangicTarihi")).isPresent() ? Optional.empty()
                : Optional.of(new LucaProblem("[baslangicTarihi] alanı dd/MM/yyyy formatında olmalıdır."));
    }

    private static Optional<LucaProblem> sentButBlank(JsonNode body, String field) {
        boolean blank = body.hasNonNull(field) && body.path(field).asString().isBlank();
        return blank ? Optional.of(LucaProblem.required(field)) : Optional.empty();
    }

    private static Optional<LucaProblem> lengths(JsonNode body) {
        return first(List.of(() -> tooLong(body, "kartKodu", MAX_CODE_LENGTH),
                () -> tooLong(body, "kartAdi", MAX_NAME_LENGTH)));
    }

    private Optional<LucaProblem> unit(JsonNode body) {
        JsonNode unit = body.path("olcumBirimiId");
        if (isBlank(unit) || unitIds.contains(LucaFields.longValue(unit))) {
            return Optional.empty();
        }
        return Optional.of(new LucaProblem("Ölçüm birimi bulunamadı."));
    }
}
