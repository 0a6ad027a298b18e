package io.katanaluca.sync.api;

import io.katanaluca.sync.run.MappingPreview;
import io.katanaluca.sync.run.RecordPreview;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sync/mapping/preview?sku=...} (a product or material variant),
 * {@code ?customerId=...} or {@code ?salesOrderId=...} (its invoice): the exact Luca payload a Katana record would produce and what a run
 * would do with it. Reads Katana and Luca, writes nothing. Each record type answers for the
 * parameter that names its records ({@link RecordPreview}).
 */
@RestController
class MappingPreviewController {

    private final List<RecordPreview> previews;

    MappingPreviewController(List<RecordPreview> previews) {
        this.previews = List.copyOf(previews);
    }

    @GetMapping("/api/sync/mapping/preview")
    MappingPreview preview(@RequestParam(required = false) String sku, @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Long salesOrderId) {
        int given = (sku == null || sku.isBlank() ? 0 : 1) + (customerId == null ? 0 : 1) + (salesOrderId == null ? 0 : 1);
        if (given != 1) {
            throw new BadRequestException("Give exactly one of sku (a product or material variant), customerId and salesOrderId");
        }
        if (salesOrderId != null) {
            return preview("salesOrderId", salesOrderId.toString());
        }
        return customerId != null ? preview("customerId", customerId.toString()) : preview("sku", sku);
    }

    private MappingPreview preview(String parameter, String key) {
        RecordPreview preview = previews.stream().filter(candidate -> parameter.equals(candidate.parameter())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No record type previews by " + parameter));
        return preview.preview(key).orElseThrow(() -> new NotFoundException(preview.notFound(key)));
    }
}
