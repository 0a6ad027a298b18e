package io.katanaluca.sim.katana;

import java.util.Arrays;
import java.util.Optional;

/** The list endpoints the simulator serves. */
enum KatanaResource {
    PRODUCTS("products", true),
    VARIANTS("variants", true),
    MATERIALS("materials", true),
    /** Katana has no GET /customers/{id}; clients must use {@code ?ids=}. */
    CUSTOMERS("customers", false),
    SALES_ORDERS("sales_orders", true),
    SALES_ORDER_ROWS("sales_order_rows", true),
    /** Katana's gateway offers PATCH and DELETE on an address id, no GET. */
    SALES_ORDER_ADDRESSES("sales_order_addresses", false),
    SALES_ORDER_FULFILLMENTS("sales_order_fulfillments", true),
    /** Singular in Katana's path. */
    SALES_ORDER_SHIPPING_FEES("sales_order_shipping_fee", true),
    /** Katana has only list and create. */
    TAX_RATES("tax_rates", false);

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
