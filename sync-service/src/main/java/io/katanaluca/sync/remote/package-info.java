/** Failures of calls to the two remote systems, classified for the retry decision. Plain Java. */
package io.katanaluca.sync.remote;
