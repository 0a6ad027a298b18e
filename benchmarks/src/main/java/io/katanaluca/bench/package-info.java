/**
 * The benchmark: starts the simulators and the service as separate processes, runs the scenarios
 * of issue 6 against the service's HTTP API, and reports each run beside the lower bound that the
 * configured latencies, Katana's rate limit and Luca's concurrency cap allow. Only the service's
 * HTTP API and the simulators' public Java API and admin endpoints are used, never service internals.
 */
package io.katanaluca.bench;
