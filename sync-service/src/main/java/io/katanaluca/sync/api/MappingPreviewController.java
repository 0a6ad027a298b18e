package io.katanaluca.sync.api;

import io.katanaluca.sync.customer.CustomerPreview;
import io.katanaluca.sync.run.MappingPreview;
import io.katanaluca.sync.product.ProductPreview;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sync/mapping/preview?sku=...} (a product or material variant) or
 * {@code ?customerId=...}: the exact Luca payload a Katana record would produce and what a run
 * would do with it. Reads Katana and Luca, writes nothing.
 */
@RestController
class MappingPreviewController {

    private final ProductPreview products;
    private final CustomerPreview customers;

    MappingPreviewController(ProductPreview products, CustomerPreview customers) {
        this.products = products;
        this.customers = customers;
    }

    @GetMapping("/api/sync/mapping/preview")
    MappingPreview preview(@RequestParam(required = false) String sku, @RequestParam(required = false) Long customerId) {
        if ((sku == null || sku.isBlank()) == (customerId == null)) {
            throw new BadRequestException("Give exactly one of sku (a product or material variant) and customerId");
        }
        if (customerId != null) {
            return customers.forCustomer(customerId)
                    .orElseThrow(() -> new NotFoundException("Katana has no customer " + customerId + " (deleted customers are not synced)"));
        }
        return products.forSku(sku).orElseThrow(() -> new NotFoundException(
                "Katana has no variant with SKU '" + sku + "' (archived and deleted ones are not synced; SKUs match exactly)"));
    }
}
