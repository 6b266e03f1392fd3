package dev.slsbench.plan;

import org.apiguardian.api.API;

import java.util.List;

/**
 * A {@link BenchmarkPlan} that cannot run: one {@link PlanProblem} per bad option, naming the
 * option and the offending value, for example
 * {@code memorySizesMb: 1000 is not one of 1024, 2048, 3072, 4096, 5120, 6144}.
 *
 * <p>Thrown by {@link BenchmarkPlan.Builder#build()} before anything is created, so callers
 * (the CLI maps it to exit code 2) can reject bad input without side effects. Front ends name the
 * options their own way from {@link #planProblems()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class InvalidPlanException extends IllegalArgumentException {

    private final List<PlanProblem> problems;

    /**
     * @param problems one per invalid option, at least one
     */
    public InvalidPlanException(List<PlanProblem> problems) {
        super(String.join("; ", problems.stream().map(PlanProblem::toString).toList()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidPlanException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order the options were checked. */
    public List<PlanProblem> planProblems() {
        return problems;
    }

    /** Every problem as the plan words it, e.g. {@code memorySizesMb: 1000 is not one of ...}. */
    public List<String> problems() {
        return problems.stream().map(PlanProblem::toString).toList();
    }
}
