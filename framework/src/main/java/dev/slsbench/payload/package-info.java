/**
 * Example invocations: the {@link dev.slsbench.payload.Invocation} value, the
 * {@link dev.slsbench.payload.Payloads} a benchmark draws from, and the JSON Lines payload file
 * format ({@link dev.slsbench.payload.PayloadFile}) that the Python toolkit also writes.
 */
package dev.slsbench.payload;
