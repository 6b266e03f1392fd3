/**
 * Execution: where runs go ({@link dev.slsbench.junit.engine.execution.RunTarget}, the embedded
 * emulator), a class's run in its own thread ({@link dev.slsbench.junit.engine.execution.RunningBenchmark}),
 * and the verdicts its tests report.
 */
package dev.slsbench.junit.engine.execution;
