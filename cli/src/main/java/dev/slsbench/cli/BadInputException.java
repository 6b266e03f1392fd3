package dev.slsbench.cli;

import java.util.List;

/**
 * Input that {@code slsbench} rejects before it creates anything (exit code 2): one message per
 * problem, each naming the flag, file or value at fault.
 */
final class BadInputException extends RuntimeException {

    private final List<String> problems;

    BadInputException(String problem) {
        this(List.of(problem));
    }

    BadInputException(List<String> problems) {
        super(String.join("; ", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** Every problem, one line each. */
    List<String> problems() {
        return problems;
    }
}
