/** What every record type shares and the engine reads: the planned action and the payload fingerprint. Plain Java. */
package io.katanaluca.sync.record;
