package dev.slsbench.emulator;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The emulator's logging: {@code java.util.logging} under the logger {@code dev.slsbench.emulator},
 * one line per event on stderr ({@code 12:00:01.234 INFO endpoint churn-1024: InService}). Installed
 * only when the host has not configured {@code java.util.logging} itself.
 */
final class EmulatorLog {

    static final String ROOT_LOGGER = "dev.slsbench.emulator";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final Logger ROOT = Logger.getLogger(ROOT_LOGGER);
    private static boolean installed;

    private EmulatorLog() {
    }

    static synchronized void installIfUnconfigured() {
        if (installed || System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) {
            return;
        }
        Handler handler = new ConsoleHandler();
        handler.setFormatter(new OneLineFormatter());
        ROOT.addHandler(handler);
        ROOT.setUseParentHandlers(false);
        installed = true;
    }

    /** Formats a record as time, level, message, and the exception's first line if any. */
    private static final class OneLineFormatter extends Formatter {

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(128)
                    .append(LocalTime.now().format(TIME)).append(' ')
                    .append(record.getLevel().getName()).append(" slsbench-emulator ")
                    .append(formatMessage(record));
            if (record.getThrown() != null) {
                line.append(" (").append(record.getThrown()).append(')');
            }
            return line.append(System.lineSeparator()).toString();
        }
    }
}
