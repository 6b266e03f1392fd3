/**
 * Results: the immutable record of a run ({@link dev.slsbench.result.BenchmarkResult}) that
 * outputs, reports and SLA checks read, and that round-trips through {@code results.json}.
 */
package dev.slsbench.result;
