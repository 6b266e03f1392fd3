/**
 * SLA evaluation shared by the JUnit engine ({@code @Sla}) and the CLI ({@code --sla-*}):
 * thresholds with their scope, and the evaluator that judges a run's results against them.
 * Reads results only.
 */
package dev.slsbench.sla;
