package dev.slsbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The page {@code slsbench job} writes when it ran several models: one row per model with its job,
 * how the job ended and a link to the report the job wrote.
 */
final class JobIndexPage {

    /**
     * One model's line.
     *
     * @param model the model
     * @param jobName its Processing job
     * @param outcome how the job ended, in words
     * @param folder the model's results folder, relative to the index
     */
    record Entry(String model, String jobName, String outcome, String folder) {
    }

    private JobIndexPage() {
    }

    static Path write(Path directory, List<Entry> entries) throws IOException {
        StringBuilder rows = new StringBuilder();
        for (Entry entry : entries) {
            boolean hasReport = Files.isRegularFile(directory.resolve(entry.folder()).resolve("benchmarking_report/report.html"));
            rows.append("<tr><td>").append(html(entry.model())).append("</td><td>").append(html(entry.jobName()))
                    .append("</td><td>").append(html(entry.outcome())).append("</td><td>")
                    .append(hasReport ? "<a href=\"" + html(entry.folder()) + "/benchmarking_report/report.html\">report</a>"
                            : "no report")
                    .append("</td></tr>\n");
        }
        String page = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>slsbench jobs</title>
                <style>body{font-family:sans-serif;margin:2em}td,th{padding:.3em 1em;text-align:left;border-bottom:1px solid #ddd}</style>
                </head><body><h1>slsbench: one Processing job per model</h1>
                <table><tr><th>Model</th><th>Processing job</th><th>Outcome</th><th>Report</th></tr>
                %s</table></body></html>
                """.formatted(rows);
        Path index = directory.resolve("index.html");
        Files.createDirectories(directory);
        Files.writeString(index, page);
        return index;
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
