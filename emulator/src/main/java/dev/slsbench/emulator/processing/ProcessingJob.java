package dev.slsbench.emulator.processing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One Processing job's record: the request it was created from and its status over time.
 * Thread-safe; the status only moves forward (InProgress → Stopping → Stopped, or to Completed or
 * Failed).
 */
final class ProcessingJob {

    private final ProcessingJobSpec spec;
    private final ObjectNode request;
    private final String arn;
    private final Instant creationTime;
    private ProcessingJobStatus status = ProcessingJobStatus.InProgress;
    private Instant startTime;
    private Instant endTime;
    private Instant lastModified;
    private String failureReason;
    private String exitMessage;

    ProcessingJob(ProcessingJobSpec spec, ObjectNode request, String arn, Instant creationTime) {
        this.spec = spec;
        this.request = request.deepCopy();
        this.arn = arn;
        this.creationTime = creationTime;
        this.lastModified = creationTime;
    }

    ProcessingJobSpec spec() {
        return spec;
    }

    String arn() {
        return arn;
    }

    Instant creationTime() {
        return creationTime;
    }

    synchronized ProcessingJobStatus status() {
        return status;
    }

    synchronized void started() {
        startTime = Instant.now();
        lastModified = startTime;
    }

    /** Moves to Stopping; false when the job is not InProgress. */
    synchronized boolean stopping() {
        if (status != ProcessingJobStatus.InProgress) {
            return false;
        }
        status = ProcessingJobStatus.Stopping;
        lastModified = Instant.now();
        return true;
    }

    /** Ends the job: Stopped when it was stopping, else {@code outcome}. */
    synchronized void end(ProcessingJobStatus outcome, String failureReason, String exitMessage) {
        if (status.isFinal()) {
            return;
        }
        status = status == ProcessingJobStatus.Stopping ? ProcessingJobStatus.Stopped : outcome;
        this.failureReason = status == ProcessingJobStatus.Failed ? failureReason : null;
        this.exitMessage = exitMessage;
        endTime = Instant.now();
        lastModified = endTime;
    }

    synchronized ObjectNode describe(ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        for (String member : new String[] {"ProcessingInputs", "ProcessingOutputConfig", "ProcessingResources",
                "StoppingCondition", "AppSpecification", "Environment", "NetworkConfig", "ExperimentConfig"}) {
            JsonNode value = request.get(member);
            if (value != null && !value.isNull()) {
                node.set(member, value.deepCopy());
            }
        }
        node.put("ProcessingJobName", spec.name()).put("ProcessingJobArn", arn).put("RoleArn", spec.roleArn());
        summary(node);
        return node;
    }

    synchronized ObjectNode summary(ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode().put("ProcessingJobName", spec.name()).put("ProcessingJobArn", arn);
        summary(node);
        return node;
    }

    private void summary(ObjectNode node) {
        node.put("ProcessingJobStatus", status.name());
        if (failureReason != null) {
            node.put("FailureReason", failureReason);
        }
        if (exitMessage != null) {
            node.put("ExitMessage", exitMessage);
        }
        timestamp(node, "CreationTime", creationTime);
        timestamp(node, "LastModifiedTime", lastModified);
        timestamp(node, "ProcessingStartTime", startTime);
        timestamp(node, "ProcessingEndTime", endTime);
    }

    private static void timestamp(ObjectNode node, String member, Instant instant) {
        if (instant != null) {
            node.put(member, BigDecimal.valueOf(instant.toEpochMilli(), 3));
        }
    }
}
