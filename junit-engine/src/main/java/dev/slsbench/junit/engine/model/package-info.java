/**
 * What discovery reads from a benchmark class and execution runs: the class's plan, SLAs,
 * payload and verify methods ({@link dev.slsbench.junit.engine.model.BenchmarkClassModel}), and
 * why a class cannot be run. Depends on no other engine package, so discovery, descriptors and
 * execution can all use it without depending on each other in a cycle.
 */
package dev.slsbench.junit.engine.model;
