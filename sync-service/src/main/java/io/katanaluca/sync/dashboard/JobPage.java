package io.katanaluca.sync.dashboard;

import java.util.List;

/** A page of the job list, newest first. */
record JobPage(int page, int size, int total, List<JobView> jobs) {
}
