/**
 * Fault mode: seeded, reproducible injection of the transient failures SageMaker answers with
 * (control-plane throttling, runtime 5xx), so clients' retry and error handling can be tested with
 * real SDKs against the emulator.
 */
package dev.slsbench.emulator.fault;
