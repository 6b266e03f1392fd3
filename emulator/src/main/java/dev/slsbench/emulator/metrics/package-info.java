/**
 * The emulator's metric storage: the runtime puts SageMaker's endpoint metrics into a
 * {@link dev.slsbench.emulator.metrics.MetricStore}; the CloudWatch API reads them back as
 * per-period statistics through {@link dev.slsbench.emulator.metrics.QueryableMetricStore}.
 * {@link dev.slsbench.emulator.metrics.InMemoryMetricStore} keeps one-second buckets for a
 * retention window, so memory follows time, not traffic.
 */
package dev.slsbench.emulator.metrics;
