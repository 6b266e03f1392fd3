package dev.slsbench.report;

import dev.slsbench.result.BenchmarkResult;

import java.util.List;

/**
 * Everything the report template shows, built from a {@link BenchmarkResult} alone and already
 * formatted: the template only lays it out. Sections in reading order: summary, stability,
 * cost, concurrency, cold starts, run details.
 *
 * @param title the page title
 * @param summary the first screen
 * @param stability the stability section
 * @param cost the cost section
 * @param concurrency the concurrency section
 * @param traffic the traffic-shapes section (stairs and ramps)
 * @param coldStarts the cold-start section
 * @param coldStartPhase the cold-start phase's table, none when it did not run
 * @param coldStartDistributions the cold-start distribution per memory size, or a note why there is none
 * @param provisionedConcurrency the with/without ProvisionedConcurrency table, none when the run measured none
 * @param runDetails the run details
 * @param css the stylesheet, inlined
 */
record ReportModel(String title, SummaryView summary, StabilityView stability, CostView cost,
                   ConcurrencyView concurrency, TrafficView traffic, ColdStartView coldStarts, List<Table> coldStartPhase,
                   List<Figure> coldStartDistributions, List<Table> provisionedConcurrency, RunDetailsView runDetails,
                   String css) {

    static ReportModel of(BenchmarkResult result, String css) {
        return new ReportModel("slsbench report: " + result.plan().modelName() + " (run " + result.runId() + ")",
                SummaryView.of(result), StabilityView.of(result), CostView.of(result), ConcurrencyView.of(result),
                TrafficView.of(result), ColdStartView.of(result), ColdStartPhaseTable.of(result),
                ColdStartDistributionChart.of(result), ProvisionedConcurrencyTable.of(result), RunDetailsView.of(result),
                css);
    }
}
