/**
 * The SageMaker runtime: InvokeEndpoint, and the serverless semantics behind it. Each production
 * variant has a fleet of containers with warm reuse, cold starts up to MaxConcurrency, throttling
 * beyond it, provisioned concurrency and scale to zero; each call records SageMaker's endpoint
 * metrics.
 */
package dev.slsbench.emulator.runtime;
