/**
 * The seed's monitoring API ({@code SyncDashboardController}) and the web dashboard served with it:
 * runs as JobRunr jobs joined with their operation-log rows, the day's summary and the long-run
 * statistics, retry and delete. Every figure is computed by {@link io.katanaluca.sync.dashboard.Figures}
 * from operation-log rows, so the numbers on every endpoint and on the page agree with the log.
 */
package io.katanaluca.sync.dashboard;
