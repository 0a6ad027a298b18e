/**
 * What both simulators share: a loopback JDK HTTP server with a worker pool, reply building,
 * request decoding and the JSON mapper. No simulator behaviour lives here.
 */
package io.katanaluca.sim.http;
