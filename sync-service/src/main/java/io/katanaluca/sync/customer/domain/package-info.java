/**
 * Katana customer → Luca customer account ("cari"): the mapping rules, tax number validation and
 * the sync planning. Plain Java with no Spring, HTTP, JobRunr or JSON types, so a unit test drives
 * it with no server (ArchUnit keeps it so). The framework side is in {@code io.katanaluca.sync.customer}.
 */
package io.katanaluca.sync.customer.domain;
