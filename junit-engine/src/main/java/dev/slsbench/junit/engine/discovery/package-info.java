/**
 * Discovery: annotated classes read into models (with {@link dev.slsbench.junit.engine.model.BenchmarkClassReader}),
 * selectors resolved on the platform's {@code EngineDiscoveryRequestResolver}. Bad classes become
 * failing tests and discovery warnings, never exceptions.
 */
package dev.slsbench.junit.engine.discovery;
