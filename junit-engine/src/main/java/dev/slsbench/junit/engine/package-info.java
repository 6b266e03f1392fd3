/**
 * The {@code slsbench} JUnit Platform engine ({@link dev.slsbench.junit.engine.SlsbenchTestEngine})
 * and its settings. Internal: {@code discovery} turns selectors into descriptors,
 * {@code descriptor} holds the test tree's nodes, {@code execution} runs benchmarks and judges
 * their results, {@code verdict} checks SLAs against figures.
 */
package dev.slsbench.junit.engine;
