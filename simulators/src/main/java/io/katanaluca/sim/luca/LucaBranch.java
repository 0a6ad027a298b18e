package io.katanaluca.sim.luca;

import java.util.Objects;

/** A company branch (şirket şube) the user may work in; {@code ack} is its display name. */
public record LucaBranch(long id, String ack) {

    public LucaBranch {
        Objects.requireNonNull(ack, "ack");
    }
}
