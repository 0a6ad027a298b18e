/** Wiring of the frameworks at the edges: clock, security, resilience, retry and cluster settings. */
package io.katanaluca.sync.system;
