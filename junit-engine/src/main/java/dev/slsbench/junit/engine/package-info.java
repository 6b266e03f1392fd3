/**
 * The {@code slsbench} JUnit Platform engine ({@link dev.slsbench.junit.engine.SlsbenchTestEngine}).
 * Internal, layered without cycles (checked by {@code .ci/package-cycles}): {@code discovery} turns
 * selectors into {@code descriptor}s, which run through {@code execution}; all three read the
 * {@code model} of a benchmark class and the {@code config}; {@code verdict} reads {@code @Sla}
 * and words the run's SLA verdicts.
 */
package dev.slsbench.junit.engine;
