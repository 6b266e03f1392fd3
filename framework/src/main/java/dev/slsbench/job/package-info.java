/**
 * Benchmarks as SageMaker Processing jobs: the payload file and the plan uploaded to S3, a job whose
 * container runs {@code slsbench run} on them, its status followed and its results folder
 * downloaded. The same AWS SDK code drives AWS and the slsbench emulator.
 */
package dev.slsbench.job;
