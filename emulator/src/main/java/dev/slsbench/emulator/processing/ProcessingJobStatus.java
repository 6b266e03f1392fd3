package dev.slsbench.emulator.processing;

/** A Processing job's status, as SageMaker names it. */
public enum ProcessingJobStatus {
    InProgress, Completed, Failed, Stopping, Stopped;

    boolean isFinal() {
        return this == Completed || this == Failed || this == Stopped;
    }
}
