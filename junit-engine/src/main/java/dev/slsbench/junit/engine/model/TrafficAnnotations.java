package dev.slsbench.junit.engine.model;

import dev.slsbench.emulator.DurationParser;
import dev.slsbench.junit.OpenLoop;
import dev.slsbench.junit.Ramp;
import dev.slsbench.junit.Stairs;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.plan.RampPhase;
import dev.slsbench.plan.StairsPhase;
import org.junit.platform.commons.support.AnnotationSupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a benchmark class's {@link OpenLoop @OpenLoop}, {@link Stairs @Stairs} and
 * {@link Ramp @Ramp} annotations into its plan; a duration that does not parse is a problem of
 * the class, named with its annotation. Ranges are checked with the rest of the plan.
 */
final class TrafficAnnotations {

    private TrafficAnnotations() {
    }

    static void read(Class<?> testClass, BenchmarkPlan.Builder builder, List<String> problems) {
        List<OpenLoopPhase> openLoop = new ArrayList<>();
        for (OpenLoop o : AnnotationSupport.findRepeatableAnnotations(testClass, OpenLoop.class)) {
            Duration duration = duration("@OpenLoop(duration)", o.duration(), problems);
            if (duration != null) {
                openLoop.add(new OpenLoopPhase(o.rate(), duration, o.memory(), o.maxConcurrency()));
            }
        }
        List<StairsPhase> stairs = new ArrayList<>();
        for (Stairs s : AnnotationSupport.findRepeatableAnnotations(testClass, Stairs.class)) {
            Duration step = duration("@Stairs(stepDuration)", s.stepDuration(), problems);
            if (step != null) {
                stairs.add(new StairsPhase(s.usersPerStep(), s.steps(), step, s.memory(), s.maxConcurrency()));
            }
        }
        List<RampPhase> ramps = new ArrayList<>();
        for (Ramp r : AnnotationSupport.findRepeatableAnnotations(testClass, Ramp.class)) {
            Duration duration = duration("@Ramp(duration)", r.duration(), problems);
            if (duration != null) {
                ramps.add(new RampPhase(r.fromRate(), r.toRate(), duration, r.memory(), r.maxConcurrency()));
            }
        }
        builder.openLoopPhases(openLoop).stairsPhases(stairs).rampPhases(ramps);
    }

    /** {@code text} in the project's duration grammar, or {@code null} with a problem naming {@code where}. */
    static Duration duration(String where, String text, List<String> problems) {
        try {
            return DurationParser.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": '" + text + "' is not a duration such as 500ms, 30s, 2m or 1h");
            return null;
        }
    }
}
