package dev.slsbench.report;

import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ColdStartSample;
import dev.slsbench.stats.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The cold-start phase's table in the report's "Cold starts" section. */
class ColdStartPhaseTableTest {

    @TempDir
    Path dir;

    @Test
    void summarisesTheForcedColdStartsPerMemorySizeAndProvisionedConcurrency() throws Exception {
        BenchmarkResult synthetic = new SyntheticResultBuilder().memorySizesMb(1024).build();
        BenchmarkResult result = new BenchmarkResult(synthetic.plan(), synthetic.environment(), synthetic.startedAt(),
                synthetic.finishedAt(), synthetic.payloads(), synthetic.configurations(), synthetic.costAnalysis(),
                synthetic.recommendation(), synthetic.warnings(), synthetic.slaVerdicts(), List.of(
                        sample(0, 1, 900, 700.0, 10), sample(0, 2, 1100, 800.0, 12), sample(0, 3, 1000, null, 11),
                        sample(1, 1, 15, null, 9)));

        ReportPage page = render(result);

        List<List<String>> rows = page.rows("cold-start-phase").stream()
                .map(cells -> cells.stream().map(Element::getTextContent).toList()).toList();
        assertThat(rows).containsExactly(
                List.of("1024 MB", "0", "3", "2", "1,000 ms", "750 ms", "11.0 ms"),
                List.of("1024 MB", "1", "1", "0", "15.0 ms", Formats.NONE, "9.00 ms"));
    }

    @Test
    void showsNoSuchTableWithoutAColdStartPhase() throws Exception {
        ReportPage page = render(new SyntheticResultBuilder().memorySizesMb(1024).build());

        assertThat(page.all("//table[@id='cold-start-phase']")).isEmpty();
        assertThat(page.all("//table[@id='cold-starts']")).hasSize(1);
    }

    private ReportPage render(BenchmarkResult result) throws Exception {
        Path html = dir.resolve("report.html");
        new HtmlReportRenderer().render(result, html);
        return new ReportPage(Files.readString(html));
    }

    private static ColdStartSample sample(int provisioned, int n, double firstMillis, Double setupMillis,
                                          double secondMillis) {
        return new ColdStartSample(1024, provisioned, n, "ep-" + provisioned + "-" + n, firstMillis, Outcome.OK,
                Optional.ofNullable(setupMillis), Optional.of(secondMillis), Optional.of(Outcome.OK), Optional.empty());
    }
}
