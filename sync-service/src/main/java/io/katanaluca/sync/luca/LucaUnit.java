package io.katanaluca.sync.luca;

/** A unit of measure as {@code ListeleGnlOlcumBirimi.do} lists it. */
public record LucaUnit(long id, String kod, String ad) {
}
