package io.katanaluca.sim.katana;

import java.util.Arrays;
import java.util.Optional;

/** The list endpoints the simulator serves. */
enum KatanaResource {
    PRODUCTS("products", true),
    VARIANTS("variants", true),
    MATERIALS("materials", true),
    /** Katana has no GET /customers/{id}; clients must use {@code ?ids=}. */
    CUSTOMERS("customers", false);

    private final String pathName;
    private final boolean gettableById;

    KatanaResource(String pathName, boolean gettableById) {
        this.pathName = pathName;
        this.gettableById = gettableById;
    }

    static Optional<KatanaResource> byPathName(String name) {
        return Arrays.stream(values()).filter(r -> r.pathName.equals(name)).findFirst();
    }

    boolean isGettableById() {
        return gettableById;
    }

    String pathName() {
        return pathName;
    }
}
