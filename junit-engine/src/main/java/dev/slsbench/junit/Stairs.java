package dev.slsbench.junit;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds a stairs phase to a {@link ServerlessBenchmark}: closed-loop users added step by step
 * against one endpoint, after the other phases, reported per step with its knee (like
 * {@code --stairs} on the command line). Repeatable.
 *
 * <pre>{@code
 * @ServerlessBenchmark(model = "churn", image = "my/churn-model", memory = 2048, includeConcurrency = false)
 * @Stairs(usersPerStep = 2, steps = 5, stepDuration = "30s", memory = 2048, maxConcurrency = 8)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Repeatable(StairsPhases.class)
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public @interface Stairs {

    /** Users added at each step. */
    int usersPerStep();

    /** The number of steps. */
    int steps();

    /** How long each step lasts, e.g. {@code "30s"}, {@code "2m"} or {@code "500ms"}. */
    String stepDuration();

    /** The endpoint's memory size in MB. */
    int memory();

    /** The endpoint's MaxConcurrency. */
    int maxConcurrency();
}
