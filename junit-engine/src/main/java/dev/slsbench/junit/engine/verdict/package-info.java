/**
 * How the engine reads {@code @Sla} into the framework's {@link dev.slsbench.sla.SlaThresholds},
 * and the figures a configuration's test publishes. Reads results only.
 */
package dev.slsbench.junit.engine.verdict;
