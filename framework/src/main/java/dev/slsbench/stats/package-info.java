/**
 * Statistics over recorded calls: latency summaries with confidence intervals from
 * HdrHistograms, TPS, how calls ended ({@link dev.slsbench.stats.Outcome}) with their counts and rates, and the significance tests that keep a
 * recommendation from resting on noise.
 */
package dev.slsbench.stats;
