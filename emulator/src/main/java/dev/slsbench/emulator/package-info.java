/**
 * A local stand-in for Amazon SageMaker Serverless Inference: the SageMaker control plane,
 * the SageMaker runtime and CloudWatch on one loopback port, with model containers run as
 * real child processes under serverless semantics (cold starts, MaxConcurrency throttling,
 * scale to zero, memory limits).
 */
package dev.slsbench.emulator;
