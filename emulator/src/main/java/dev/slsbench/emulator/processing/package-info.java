/**
 * SageMaker Processing jobs on the emulator: CreateProcessingJob, DescribeProcessingJob,
 * StopProcessingJob and ListProcessingJobs with SageMaker's validation and statuses. A job's image
 * runs as the local command it is mapped to (like model images), its S3 inputs copied from the
 * emulator's S3 into a per-job folder and its outputs uploaded back when it ends.
 */
package dev.slsbench.emulator.processing;
