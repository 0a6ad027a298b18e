/**
 * Strict simulators of the two remote systems of the Katana to Luca sync, for tests, demos and
 * benchmarks: {@code katana} (Katana MRP's REST API) and {@code luca} (Luca Koza's web API), on
 * shared plumbing in {@code http}. {@link io.katanaluca.sim.SimulatorsMain} runs both.
 */
package io.katanaluca.sim;
