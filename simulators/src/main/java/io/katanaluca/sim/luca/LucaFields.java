package io.katanaluca.sim.luca;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/** Reading request bodies the way Luca's typed forms bind them; shared by the rules of every action. */
final class LucaFields {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private LucaFields() {
    }

    /** An object whose number fields are numbers or numeric strings and whose text fields are no containers. */
    static boolean isReadable(JsonNode node, List<String> numberFields, List<String> textFields) {
        if (node == null || !node.isObject()) {
            return false;
        }
        return numberFields.stream().allMatch(f -> isNumberLike(node.path(f)))
                && textFields.stream().allMatch(f -> !node.path(f).isContainer());
    }

    static boolean isNumberLike(JsonNode node) {
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

    static boolean isBlank(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asString("").isBlank();
    }

    /** For fields that passed {@link #isReadable}: a number or a numeric string. */
    static BigDecimal decimal(JsonNode node) {
        return new BigDecimal(node.asString().trim());
    }

    static long longValue(JsonNode node) {
        return decimal(node).longValue();
    }

    /** Empty unless the text is a real dd/MM/yyyy date. */
    static Optional<LocalDate> date(JsonNode node) {
        return date(node.asString(""));
    }

    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.trim(), DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The first of these fields that is missing, null or blank. */
    static Optional<LucaProblem> required(JsonNode body, List<String> fields) {
        return fields.stream().filter(field -> isBlank(body.path(field))).findFirst().map(LucaProblem::required);
    }

    static Optional<LucaProblem> tooLong(JsonNode body, String field, int max) {
        boolean tooLong = body.path(field).asString("").length() > max;
        return tooLong ? Optional.of(new LucaProblem("[" + field + "] alanı en fazla " + max + " karakter olabilir."))
                : Optional.empty();
    }

    /** Runs the checks in order and stops at the first problem. */
    static Optional<LucaProblem> first(List<Supplier<Optional<LucaProblem>>> checks) {
        return checks.stream().map(Supplier::get).flatMap(Optional::stream).findFirst();
    }
}
