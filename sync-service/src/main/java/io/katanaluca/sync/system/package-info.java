/** Wiring of the frameworks at the edges: clock, security, resilience, retry settings. */
package io.katanaluca.sync.system;
