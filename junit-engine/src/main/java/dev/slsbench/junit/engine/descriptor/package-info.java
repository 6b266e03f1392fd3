/**
 * The test tree: engine → benchmark class → {@code stability} / {@code concurrency} phases →
 * one test per configuration, plus {@code cost & recommendation} and {@code @Verify} tests; each
 * node implements the platform's {@code Node} lifecycle.
 */
package dev.slsbench.junit.engine.descriptor;
