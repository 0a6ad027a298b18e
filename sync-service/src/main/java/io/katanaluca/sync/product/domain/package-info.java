/**
 * Katana variant → Luca stock card: the mapping rules and the sync planning. Plain Java with no
 * Spring, HTTP, JobRunr or JSON types, so a unit test drives it with no server (ArchUnit keeps it so).
 */
package io.katanaluca.sync.product.domain;
