/**
 * Katana webhooks: signature verification over the raw body, and a durable, de-duplicated record
 * of every event received. Turning events into targeted sync jobs builds on this.
 */
package io.katanaluca.sync.webhook;
