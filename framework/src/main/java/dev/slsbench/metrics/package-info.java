/**
 * CloudWatch endpoint metrics: the metric catalogue ({@link dev.slsbench.metrics.SageMakerMetric})
 * and the value types ({@link dev.slsbench.metrics.EndpointMetrics},
 * {@link dev.slsbench.metrics.MetricSummary}) results carry. The collector that fills them
 * through the AWS SDK lives beside them.
 */
package dev.slsbench.metrics;
