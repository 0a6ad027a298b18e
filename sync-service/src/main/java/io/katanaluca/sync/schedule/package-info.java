/** Recurring sync runs as JobRunr recurring jobs, configured per schedule by cron and time zone. */
package io.katanaluca.sync.schedule;
