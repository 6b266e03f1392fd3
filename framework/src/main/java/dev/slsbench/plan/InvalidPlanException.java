package dev.slsbench.plan;

import java.util.List;

/**
 * A {@link BenchmarkPlan} that cannot run: every problem names the option and the offending
 * value, for example {@code memorySizesMb: 1000 is not one of 1024, 2048, 3072, 4096, 5120, 6144}.
 *
 * <p>Thrown by {@link BenchmarkPlan.Builder#build()} before anything is created, so callers
 * (the CLI maps it to exit code 2) can reject bad input without side effects.
 */
public final class InvalidPlanException extends IllegalArgumentException {

    private final List<String> problems;

    /**
     * @param problems one message per invalid option, each starting with the option's name
     */
    public InvalidPlanException(List<String> problems) {
        super(String.join("; ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidPlanException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order the options were checked. */
    public List<String> problems() {
        return problems;
    }
}
