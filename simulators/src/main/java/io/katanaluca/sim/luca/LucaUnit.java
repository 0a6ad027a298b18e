package io.katanaluca.sim.luca;

import java.util.Objects;

/** A unit of measure (ölçüm birimi); ids are installation-specific in real Luca. */
public record LucaUnit(long id, String kod, String ad, String kisa) {

    public LucaUnit {
        Objects.requireNonNull(kod, "kod");
        Objects.requireNonNull(ad, "ad");
        Objects.requireNonNull(kisa, "kisa");
    }
}
