/**
 * What to benchmark: the immutable {@link dev.slsbench.plan.BenchmarkPlan}, its validation,
 * and the configurations (one measured unit each) derived from it.
 */
package dev.slsbench.plan;
