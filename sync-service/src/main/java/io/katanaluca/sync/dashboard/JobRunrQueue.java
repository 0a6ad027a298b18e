package io.katanaluca.sync.dashboard;

import java.util.Optional;
import java.util.UUID;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.ConcurrentJobModificationException;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.springframework.stereotype.Component;

/** What the dashboard asks of JobRunr: a job with its history, the queue's counts, deleting a job that is not processing. */
@Component
class JobRunrQueue {

    private final StorageProvider storage;

    JobRunrQueue(StorageProvider storage) {
        this.storage = storage;
    }

    /** The job, unless JobRunr no longer holds it (it removes succeeded and deleted jobs after a while). */
    Optional<Job> find(UUID jobId) {
        try {
            return Optional.of(storage.getJobById(jobId));
        } catch (JobNotFoundException forgotten) {
            return Optional.empty();
        }
    }

    boolean isProcessing(UUID jobId) {
        return find(jobId).filter(job -> job.hasState(StateName.PROCESSING)).isPresent();
    }

    JobQueueStats stats() {
        return JobQueueStats.of(storage.getJobStats());
    }

    /**
     * Moves the job to DELETED, so no server picks it up any more. False when it is processing: JobRunr
     * would interrupt it, and a run is never cut off that way. The save is checked against the version
     * read, so a job a server took meanwhile is left alone too.
     */
    boolean deleteUnlessProcessing(UUID jobId) {
        Optional<Job> found = find(jobId);
        if (found.isEmpty() || found.get().hasState(StateName.DELETED)) {
            return true;
        }
        Job job = found.get();
        if (job.hasState(StateName.PROCESSING)) {
            return false;
        }
        try {
            job.delete("Deleted from the sync dashboard");
            storage.save(job);
            return true;
        } catch (ConcurrentJobModificationException takenMeanwhile) {
            return false;
        }
    }
}
