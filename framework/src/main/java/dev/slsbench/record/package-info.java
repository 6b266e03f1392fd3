/**
 * Per-call records: the value types the recorder produces for every call issued
 * ({@link dev.slsbench.record.InvocationRecord}, {@link dev.slsbench.record.Outcome}).
 */
package dev.slsbench.record;
