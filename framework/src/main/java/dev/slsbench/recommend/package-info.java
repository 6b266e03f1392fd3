/**
 * Recommendation: the toolkit's memory-size rule and the significance-aware strategies that
 * refuse to prefer a configuration on noise.
 */
package dev.slsbench.recommend;
