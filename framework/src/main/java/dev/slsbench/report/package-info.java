/**
 * The HTML report: {@link dev.slsbench.report.HtmlReportRenderer} turns a
 * {@link dev.slsbench.result.BenchmarkResult} (live, or read back from {@code results.json}) into
 * one self-contained page — Mustache templates for the layout, a view model that formats every
 * figure once, and small SVG chart classes (ECDF, line, scatter) instead of a charting library,
 * so the page needs no scripts and loads nothing.
 */
package dev.slsbench.report;
