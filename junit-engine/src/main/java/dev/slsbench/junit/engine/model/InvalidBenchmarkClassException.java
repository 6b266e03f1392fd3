package dev.slsbench.junit.engine.model;

import java.util.List;

/**
 * A class annotated {@code @ServerlessBenchmark} that cannot run; the message lists every
 * problem found. Thrown by {@link BenchmarkClassReader} and reported as a failed class and a
 * discovery warning, never out of discovery.
 */
public final class InvalidBenchmarkClassException extends RuntimeException {

    private final transient Class<?> testClass;
    private final List<String> problems;

    InvalidBenchmarkClassException(Class<?> testClass, List<String> problems) {
        super(message(testClass, problems), null, false, false);
        this.testClass = testClass;
        this.problems = List.copyOf(problems);
    }

    /** The class. */
    public Class<?> testClass() {
        return testClass;
    }

    /** Every problem, one sentence each. */
    public List<String> problems() {
        return problems;
    }

    private static String message(Class<?> testClass, List<String> problems) {
        StringBuilder message = new StringBuilder("Benchmark class ").append(testClass.getName())
                .append(" cannot run:");
        for (String problem : problems) {
            message.append("\n  - ").append(problem);
        }
        return message.toString();
    }
}
