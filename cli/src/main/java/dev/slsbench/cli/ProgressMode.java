package dev.slsbench.cli;

/** How {@code slsbench run} shows progress: bars on a terminal, log lines otherwise, or nothing. */
enum ProgressMode {
    /** Bars when standard output is a terminal, lines otherwise. */
    AUTO,
    /** Progress bars redrawn in place (needs a terminal that understands ANSI cursor movement). */
    BARS,
    /** One plain line per event and per tenth of a configuration's calls. */
    LINES,
    /** Nothing but the final summary and errors. */
    QUIET;

    /** This mode with {@link #AUTO} resolved for the console this JVM has. */
    ProgressMode resolve() {
        return this == AUTO ? (Terminal.isInteractive() ? BARS : LINES) : this;
    }
}
