package dev.slsbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One {@code slsbench} command line run in this JVM through picocli, with what it printed.
 *
 * @param exitCode the command's exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = SlsbenchCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** Everything printed, for failure messages. */
    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
}
