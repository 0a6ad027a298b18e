package io.katanaluca.sync.product;

import io.katanaluca.sync.luca.LucaClient;
import io.katanaluca.sync.luca.LucaUnit;
import io.katanaluca.sync.product.domain.UnitCatalogue;
import io.katanaluca.sync.run.ResilientLuca;
import java.util.stream.Collectors;

/** Luca's units, read at the start of a run (and for a preview): the unit map is checked against them. */
final class LucaUnits {

    private LucaUnits() {
    }

    static UnitCatalogue load(LucaClient luca, ResilientLuca resilient) {
        return new UnitCatalogue(resilient.call(luca::listUnits).stream()
                .collect(Collectors.toMap(LucaUnit::kod, LucaUnit::id, (first, second) -> first)));
    }
}
