/**
 * Result files in the Python toolkit's layout: streamed raw CSVs, summary CSVs with the
 * toolkit's file and column names, {@code results.json} (written and read back), and the seam
 * for the HTML report ({@link dev.slsbench.output.ReportRenderer}).
 */
package dev.slsbench.output;
