/**
 * Statistics over recorded calls: latency summaries with confidence intervals from
 * HdrHistograms, TPS, outcome counts and rates, and the significance tests that keep a
 * recommendation from resting on noise.
 */
package dev.slsbench.stats;
