/**
 * slsbench for JUnit: the annotations that turn a class into a serverless benchmark
 * ({@link dev.slsbench.junit.ServerlessBenchmark}, {@link dev.slsbench.junit.Payload},
 * {@link dev.slsbench.junit.PayloadFile}, {@link dev.slsbench.junit.Sla},
 * {@link dev.slsbench.junit.Verify}), the engine's configuration keys
 * ({@link dev.slsbench.junit.SlsbenchProperties}) and AssertJ entry points for results
 * ({@link dev.slsbench.junit.SlsbenchAssertions}). The engine itself lives in
 * {@code dev.slsbench.junit.engine} and below; nothing there is API.
 */
package dev.slsbench.junit;
