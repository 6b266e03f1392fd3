/**
 * The emulator's CloudWatch API ({@link dev.slsbench.emulator.cloudwatch.CloudWatchApi}):
 * GetMetricStatistics, GetMetricData and ListMetrics over the metric store, answered in the
 * protocol each request arrives in (awsQuery, AWS JSON 1.0 or Smithy RPC v2 CBOR).
 */
package dev.slsbench.emulator.cloudwatch;
