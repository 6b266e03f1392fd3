package dev.slsbench.cli;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether standard output is an interactive terminal: a console exists and, on JDK 22 and
 * newer (where {@link System#console()} may return a console for redirected streams), it says
 * it is a terminal.
 */
final class Terminal {

    private Terminal() {
    }

    static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
