package io.katanaluca.sim.katana;

import io.katanaluca.sim.http.Json;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The products, materials, customers, sales orders and tax rates the Katana simulator serves. Thread-safe: writers copy
 * the record they change under a lock, and readers work on an immutable snapshot. Every change
 * sets {@code updated_at} of the record (and, for a variant, of its product) to now.
 *
 * <p>Counts and id lists describe what a default list returns: no deleted or archived records.
 */
public final class KatanaCatalogue {

    private static final Set<String> FIXED_ITEM_FIELDS = Set.of("id", "type", "variants", "created_at");
    private static final Set<String> FIXED_CUSTOMER_FIELDS = Set.of("id", "created_at");
    private static final Set<String> FIXED_VARIANT_FIELDS =
            Set.of("id", "type", "product_id", "material_id", "created_at");

    private final CatalogueStore store = new CatalogueStore();
    private final SalesOrderBook salesOrders = new SalesOrderBook(store);

    KatanaCatalogue() {
    }

    public static KatanaCatalogue empty() {
        return new KatanaCatalogue();
    }

    /** {@code products} products with 1-5 variants each, no materials, products/5 customers. */
    public static KatanaCatalogue generate(int products, long seed) {
        return CatalogueGenerator.generate(products, 0, seed);
    }

    public static KatanaCatalogue generate(int products, int materials, long seed) {
        return CatalogueGenerator.generate(products, materials, seed);
    }

    /** {@code customers} generated customers and nothing else. */
    public static KatanaCatalogue generateCustomers(int customers, long seed) {
        return CatalogueGenerator.generateCustomers(customers, seed);
    }

    /**
     * As {@link #generate(int, int, long)}, plus {@code salesOrders} sales orders of the generated
     * customers and product variants (the products, materials and customers are the same as without).
     */
    public static KatanaCatalogue generate(int products, int materials, int salesOrders, long seed) {
        KatanaCatalogue catalogue = CatalogueGenerator.generate(products, materials, seed);
        new SalesOrderGenerator(catalogue, seed).addOrders(salesOrders);
        return catalogue;
    }

    /** Generates products until there are at least {@code minVariants} variants. */
    public static KatanaCatalogue generateWithVariantCount(int minVariants, long seed) {
        return CatalogueGenerator.generateWithVariantCount(minVariants, seed);
    }

    /** Reads {@code {"products":[..],"materials":[..],"customers":[..]}} or a bare product array. */
    public static KatanaCatalogue fromJson(Path file) {
        return CatalogueFiles.read(file);
    }

    public static KatanaCatalogue fromJsonText(String json) {
        return CatalogueFiles.parse(json);
    }

    /** As {@link #fromJson(Path)}, from a class-path resource such as {@code "sample-catalogue.json"}. */
    public static KatanaCatalogue fromClasspath(String resource) {
        return CatalogueFiles.readResource(resource);
    }

    public int productCount() {
        return (int) snapshot().liveCount(KatanaResource.PRODUCTS);
    }

    public int materialCount() {
        return (int) snapshot().liveCount(KatanaResource.MATERIALS);
    }

    public int customerCount() {
        return (int) snapshot().liveCount(KatanaResource.CUSTOMERS);
    }

    /** Variants of products and materials, as {@code GET /v1/variants} returns them by default. */
    public int variantCount() {
        return (int) snapshot().liveCount(KatanaResource.VARIANTS);
    }

    public List<Long> productIds() {
        return liveIds(KatanaResource.PRODUCTS);
    }

    public List<Long> materialIds() {
        return liveIds(KatanaResource.MATERIALS);
    }

    public List<Long> customerIds() {
        return liveIds(KatanaResource.CUSTOMERS);
    }

    public List<Long> variantIds() {
        return liveIds(KatanaResource.VARIANTS);
    }

    /** A copy of a product or material as served, deleted or not. */
    public Optional<JsonNode> product(long id) {
        return copyOf(KatanaResource.PRODUCTS, id).or(() -> copyOf(KatanaResource.MATERIALS, id));
    }

    public Optional<JsonNode> variant(long id) {
        return copyOf(KatanaResource.VARIANTS, id);
    }

    public Optional<JsonNode> customer(long id) {
        return copyOf(KatanaResource.CUSTOMERS, id);
    }

    /** Copies of the live variants, oldest id first. */
    public List<JsonNode> variants() {
        return liveIds(KatanaResource.VARIANTS).stream().map(id -> variant(id).orElseThrow()).toList();
    }

    public int salesOrderCount() {
        return (int) snapshot().liveCount(KatanaResource.SALES_ORDERS);
    }

    /** Orders a default list shows (not deleted), ids ascending. */
    public List<Long> salesOrderIds() {
        return liveIds(KatanaResource.SALES_ORDERS);
    }

    /** A copy of an order as {@code GET /v1/sales_orders/{id}} serves it, deleted or not. */
    public Optional<JsonNode> salesOrder(long id) {
        return copyOf(KatanaResource.SALES_ORDERS, id);
    }

    /** Copies of the live orders, oldest id first. */
    public List<JsonNode> salesOrders() {
        return salesOrderIds().stream().map(id -> salesOrder(id).orElseThrow()).toList();
    }

    /** Copies of an order's live fulfillments, oldest id first. */
    public List<JsonNode> salesOrderFulfillments(long salesOrderId) {
        return snapshot().list(KatanaResource.SALES_ORDER_FULFILLMENTS).stream()
                .filter(r -> !r.deleted() && r.number("sales_order_id") == salesOrderId)
                .sorted(Comparator.comparingLong(KatanaRecord::id))
                .map(r -> (JsonNode) r.json().deepCopy())
                .toList();
    }

    /** Copies of the tax rates, id ascending. */
    public List<JsonNode> taxRates() {
        return snapshot().list(KatanaResource.TAX_RATES).stream().sorted(Comparator.comparingLong(KatanaRecord::id))
                .map(r -> (JsonNode) r.json().deepCopy()).toList();
    }

    /**
     * Creates an order from a body shaped like Katana's CreateSalesOrderDto (plus {@code conversion_rate}
     * and {@code shipping_fee}), checked as the admin endpoint checks it; returns its id.
     */
    public long addSalesOrder(Map<String, ?> order) {
        return salesOrders.add(Json.MAPPER.valueToTree(order));
    }

    /** Fields of UpdateSalesOrderDto (not {@code currency}), plus {@code total} to put it out of step on purpose. */
    public void updateSalesOrder(long salesOrderId, Map<String, ?> fields) {
        salesOrders.update(salesOrderId, Json.MAPPER.valueToTree(fields));
    }

    /** PENDING, NOT_SHIPPED, PACKED or DELIVERED, with the fulfillments and events that follow. */
    public void updateSalesOrderStatus(long salesOrderId, String status) {
        updateSalesOrder(salesOrderId, Map.of("status", status));
    }

    /** A total that no longer matches the rows, for clients that must notice; a later row change recomputes it. */
    public void setSalesOrderTotal(long salesOrderId, BigDecimal total) {
        updateSalesOrder(salesOrderId, Map.of("total", total));
    }

    /** Fields of UpdateSalesOrderRowDto; only while the order is NOT_SHIPPED or PENDING. */
    public void updateSalesOrderRow(long rowId, Map<String, ?> fields) {
        salesOrders.updateRow(rowId, Json.MAPPER.valueToTree(fields));
    }

    /** Soft delete of the order, its rows, addresses, shipping fee and fulfillments. */
    public void deleteSalesOrder(long salesOrderId) {
        salesOrders.delete(salesOrderId);
    }

    /** A body shaped like CreateSalesOrderFulfillmentDto; returns the fulfillment's id. */
    public long addSalesOrderFulfillment(Map<String, ?> fulfillment) {
        return salesOrders.addFulfillment(Json.MAPPER.valueToTree(fulfillment));
    }

    /** {@code status} (PACKED or DELIVERED), {@code picked_date} and the tracking fields. */
    public void updateSalesOrderFulfillment(long fulfillmentId, Map<String, ?> fields) {
        salesOrders.updateFulfillment(fulfillmentId, Json.MAPPER.valueToTree(fields));
    }

    /** The general form of every order change: unchecked, totals not recomputed; the node passed is a private copy. */
    public void changeSalesOrder(long salesOrderId, Consumer<ObjectNode> change) {
        salesOrders.change(salesOrderId, change);
    }

    /** {@code rate} (a percentage, 0..999.999), {@code name}, {@code is_default_sales|purchases}; returns its id. */
    public long addTaxRate(Map<String, ?> taxRate) {
        return salesOrders.addTaxRate(Json.MAPPER.valueToTree(taxRate));
    }

    /** Replaces the tax rate table (ids kept where given). */
    public void setTaxRates(List<? extends Map<String, ?>> taxRates) {
        salesOrders.setTaxRates(taxRates.stream().map(rate -> Json.MAPPER.<JsonNode>valueToTree(rate)).toList());
    }

    /**
     * Adds the awkward orders a client must cope with (see {@link SalesOrderGenerator#addAwkwardOrders}).
     * Call before a simulator starts, or every change fires its webhooks.
     */
    public void addAwkwardSalesOrders() {
        new SalesOrderGenerator(this, 0).addAwkwardOrders();
    }

    /** Adds a product in Katana's JSON shape; missing ids and timestamps are filled in. Returns its id. */
    public long addProduct(Map<String, ?> product) {
        return store.addItem(Json.MAPPER.valueToTree(product), "product");
    }

    public long addMaterial(Map<String, ?> material) {
        return store.addItem(Json.MAPPER.valueToTree(material), "material");
    }

    public long addCustomer(Map<String, ?> customer) {
        return store.addCustomer(Json.MAPPER.valueToTree(customer));
    }

    /** Sets the given fields of a customer (not id or created_at), e.g. {@code comment} or {@code reference_id}. */
    public void updateCustomer(long customerId, Map<String, ?> fields) {
        updateCustomer(customerId, (ObjectNode) Json.MAPPER.valueToTree(fields));
    }

    /** Soft delete, as Katana does. */
    public void deleteCustomer(long customerId) {
        changeCustomer(customerId, customer -> customer.put("deleted_at", store.now()));
    }

    /** The general form of every customer change; the node passed is a private copy. */
    public void changeCustomer(long customerId, Consumer<ObjectNode> change) {
        store.changeCustomer(customerId, change);
    }

    public void renameProduct(long productId, String name) {
        changeProduct(productId, product -> product.put("name", name));
    }

    /** Sets the given top-level fields of a product or material (not id, type, variants or created_at). */
    public void updateProduct(long productId, Map<String, ?> fields) {
        updateProduct(productId, (ObjectNode) Json.MAPPER.valueToTree(fields));
    }

    public void archiveProduct(long productId) {
        changeProduct(productId, product -> product.put("archived_at", store.now()));
    }

    /** Soft delete, as Katana does: the product and its variants get a deleted_at. */
    public void deleteProduct(long productId) {
        changeProduct(productId, product -> {
            String now = store.now();
            product.put("deleted_at", now);
            product.path("variants").forEach(v -> ((ObjectNode) v).put("deleted_at", now));
        });
    }

    /** The general form of every product change; the node passed is a private copy. */
    public void changeProduct(long productId, Consumer<ObjectNode> change) {
        store.changeItem(productId, change);
    }

    /** Keeps the price's JSON type (number or ten-decimal string) as it was. */
    public void setVariantSalesPrice(long variantId, BigDecimal price) {
        changeVariant(variantId, variant -> Prices.replace(variant, "sales_price", price));
    }

    public void setVariantPurchasePrice(long variantId, BigDecimal price) {
        changeVariant(variantId, variant -> Prices.replace(variant, "purchase_price", price));
    }

    public void setVariantSku(long variantId, String sku) {
        changeVariant(variantId, variant -> variant.put("sku", sku));
    }

    /** Sets the given fields of a variant (not id, type, product_id, material_id or created_at). */
    public void updateVariant(long variantId, Map<String, ?> fields) {
        updateVariant(variantId, (ObjectNode) Json.MAPPER.valueToTree(fields));
    }

    public void deleteVariant(long variantId) {
        changeVariant(variantId, variant -> variant.put("deleted_at", store.now()));
    }

    /** The general form of every variant change; bumps updated_at of the variant and its product. */
    public void changeVariant(long variantId, Consumer<ObjectNode> change) {
        store.changeVariant(variantId, change);
    }

    void updateProduct(long productId, ObjectNode fields) {
        rejectFixed(fields, FIXED_ITEM_FIELDS);
        changeProduct(productId, product -> product.setAll(fields));
    }

    void updateVariant(long variantId, ObjectNode fields) {
        rejectFixed(fields, FIXED_VARIANT_FIELDS);
        changeVariant(variantId, variant -> variant.setAll(fields));
    }

    void updateCustomer(long customerId, ObjectNode fields) {
        rejectFixed(fields, FIXED_CUSTOMER_FIELDS);
        changeCustomer(customerId, customer -> customer.setAll(fields));
    }

    long addProduct(ObjectNode product) {
        return store.addItem(product, "product");
    }

    long addMaterial(ObjectNode material) {
        return store.addItem(material, "material");
    }

    long addCustomer(ObjectNode customer) {
        return store.addCustomer(customer);
    }

    /** Lets tests pin "now"; generated data is unaffected. */
    void useClock(Clock clock) {
        store.useClock(clock);
    }

    SalesOrderBook salesOrderBook() {
        return salesOrders;
    }

    CatalogueSnapshot snapshot() {
        return store.snapshot();
    }

    /** Product, material, variant and sales order changes, for webhooks; customers have no Katana events. */
    CatalogueListeners listeners() {
        return store.listeners();
    }

    private static void rejectFixed(ObjectNode fields, Set<String> fixed) {
        for (String name : fields.propertyNames()) {
            if (fixed.contains(name)) {
                throw new IllegalArgumentException("Field " + name + " cannot be changed");
            }
        }
    }

    private List<Long> liveIds(KatanaResource resource) {
        return snapshot().list(resource).stream()
                .filter(r -> !r.deleted() && !r.archived())
                .map(KatanaRecord::id)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    private Optional<JsonNode> copyOf(KatanaResource resource, long id) {
        return snapshot().find(resource, id).map(r -> r.json().deepCopy());
    }
}
