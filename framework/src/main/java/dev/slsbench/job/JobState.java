package dev.slsbench.job;

import org.apiguardian.api.API;

import software.amazon.awssdk.services.sagemaker.model.ProcessingJobStatus;

import java.util.Optional;

/**
 * A Processing job's state as DescribeProcessingJob reports it.
 *
 * @param name the job name
 * @param status its status
 * @param failureReason why it failed, when it did
 * @param resultsUri where its results folder is uploaded
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record JobState(String name, ProcessingJobStatus status, Optional<String> failureReason, S3Location resultsUri) {

    /** Whether the job has ended (Completed, Failed or Stopped). */
    public boolean ended() {
        return status == ProcessingJobStatus.COMPLETED || status == ProcessingJobStatus.FAILED
                || status == ProcessingJobStatus.STOPPED;
    }
}
