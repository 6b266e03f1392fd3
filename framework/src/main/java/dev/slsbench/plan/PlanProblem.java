package dev.slsbench.plan;

import org.apiguardian.api.API;

import java.net.URI;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Why one option of a {@link BenchmarkPlan} cannot be used: which option, the offending value as
 * given and the reason. Front ends name the option their own way; {@link #toString()} names it as
 * the plan does: {@code memorySizesMb: 1000 is not one of 1024, 2048, 3072, 4096, 5120, 6144}.
 *
 * @param option the option
 * @param index for an option of one open-loop phase, that phase's position (from 0); else empty
 * @param value the value as given (may be null)
 * @param reason what is wrong with it, e.g. {@code is not at least 1}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PlanProblem(PlanOption option, OptionalInt index, Object value, String reason) {

    public PlanProblem {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(reason, "reason");
    }

    /** A problem with an option of the plan itself. */
    public PlanProblem(PlanOption option, Object value, String reason) {
        this(option, OptionalInt.empty(), value, reason);
    }

    /** A problem with an option of the open-loop phase at {@code index}. */
    public static PlanProblem ofOpenLoopPhase(PlanOption option, int index, Object value, String reason) {
        return new PlanProblem(option, OptionalInt.of(index), value, reason);
    }

    /** The value as messages show it: text and URLs in quotes, {@code null} as is. */
    public String valueText() {
        return value instanceof String || value instanceof URI ? "'" + value + "'" : String.valueOf(value);
    }

    /** {@code value reason}, e.g. {@code 1000 is not one of 1024, ...}: the message after the option's name. */
    public String detail() {
        return valueText() + " " + reason;
    }

    /** The option as the plan names it: {@code memorySizesMb}, {@code openLoopPhases[0].duration}. */
    public String planOptionName() {
        String name = option.planName();
        if (index.isPresent()) {
            name += "[" + index.getAsInt() + "]";
        }
        return name + option.field().map(f -> "." + f).orElse("");
    }

    @Override
    public String toString() {
        return planOptionName() + ": " + detail();
    }
}
