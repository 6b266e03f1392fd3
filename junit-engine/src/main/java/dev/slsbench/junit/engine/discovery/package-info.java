/**
 * Discovery: annotated classes read into models ({@link dev.slsbench.junit.engine.discovery.BenchmarkClassReader}),
 * selectors resolved on the platform's {@code EngineDiscoveryRequestResolver}. Bad classes become
 * failing tests and discovery warnings, never exceptions.
 */
package dev.slsbench.junit.engine.discovery;
