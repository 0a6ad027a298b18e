package io.katanaluca.sync.run;

import java.util.Optional;

/**
 * The mapping preview of one record type ({@code GET /api/sync/mapping/preview}): what a run would
 * do with one Katana record, and the exact Luca body it would send. A type's preview is a Spring
 * bean; the endpoint finds it by the request parameter that names its records.
 */
public interface RecordPreview {

    /** The request parameter naming one record of this type, e.g. {@code sku} or {@code customerId}. */
    String parameter();

    /** Empty when Katana has no live record with this key. */
    Optional<MappingPreview> preview(String key);

    /** Why there is no preview, for the 404's detail. */
    String notFound(String key);
}
