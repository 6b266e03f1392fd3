/**
 * Load generation through the SageMaker Runtime client (retries off): the stability phase
 * (sequential calls, one endpoint per memory size, endpoints in parallel), the concurrency
 * phase (a closed-loop pool of clients per configuration) and the open-loop phase (Poisson
 * arrivals, latency from the intended start). Every call is recorded by a
 * {@link dev.slsbench.record.ConfigurationRecorder}.
 */
package dev.slsbench.load;
