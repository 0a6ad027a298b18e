/**
 * What an operator watches: actuator health indicators for Luca, Katana and the job queue, the
 * Micrometer metrics scraped at {@code /actuator/prometheus}, and the OpenAPI description with
 * Swagger UI. The other packages only report facts (a request made, a run ended); turning them into
 * meters happens here.
 */
package io.katanaluca.sync.monitoring;
