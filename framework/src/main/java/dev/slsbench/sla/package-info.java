/**
 * SLA thresholds with their scope, stated by the JUnit engine ({@code @Sla}), the CLI
 * ({@code --sla-*}) or a caller of {@code ServerlessBenchmarks.run}, and the evaluator with which
 * the run judges each phase's results against them, once. Verdicts are structured; each front end
 * words them. Reads results only.
 */
package dev.slsbench.sla;
