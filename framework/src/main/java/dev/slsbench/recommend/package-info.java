/**
 * Recommendation: the toolkit's memory-size rule and the significance-aware strategies that
 * refuse to prefer a configuration on noise, and the MaxConcurrency rule that completes the
 * recommendation from the concurrency phase.
 */
package dev.slsbench.recommend;
