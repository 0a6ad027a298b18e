/**
 * What several nodes share so that they behave as one: the Luca session and its login lock, the
 * Katana budget, the cap on concurrent Luca writes and the stock card cache, kept in Redis when
 * {@code spring.data.redis.url} is set, else in PostgreSQL; with neither, everything stays in-process.
 */
package io.katanaluca.sync.cluster;
