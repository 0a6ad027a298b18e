/** Demo mode (profile {@code demo}): the simulators in-process, so one command shows a sync end to end. */
package io.katanaluca.sync.demo;
