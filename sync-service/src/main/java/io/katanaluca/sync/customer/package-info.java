/**
 * Customer sync (type CUSTOMER): Katana customers → Luca customer accounts. The framework side:
 * the run, the writer, the durable mapping table, the settings and the preview. Mapping and
 * planning are plain Java in {@link io.katanaluca.sync.customer.domain}.
 */
package io.katanaluca.sync.customer;
