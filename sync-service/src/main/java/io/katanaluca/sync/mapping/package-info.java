/**
 * Mapping rules shared by stock cards and customer accounts: Luca's field length limits and what
 * to do with text that does not fit. Plain Java (ArchUnit keeps it so).
 */
package io.katanaluca.sync.mapping;
