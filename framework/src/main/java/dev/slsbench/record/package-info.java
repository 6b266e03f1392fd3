/**
 * Per-call records: the value types the recorder produces for every call issued
 * ({@link dev.slsbench.record.InvocationRecord}, its {@link dev.slsbench.stats.Outcome}).
 */
package dev.slsbench.record;
