/**
 * SLA checks: {@code @Sla} thresholds, the figures they are checked against, and the violations
 * a failing test lists. Reads results only.
 */
package dev.slsbench.junit.engine.verdict;
