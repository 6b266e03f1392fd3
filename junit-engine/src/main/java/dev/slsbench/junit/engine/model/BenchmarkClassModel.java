package dev.slsbench.junit.engine.model;

import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.StabilityConfiguration;
import dev.slsbench.sla.SlaThresholds;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A valid benchmark class as the engine understands it: the plan its annotations describe
 * (engine settings applied, endpoint URL still open), where its payloads come from, its SLAs
 * and its {@code @Verify} methods. Made by {@link BenchmarkClassReader}; nothing in it has been
 * invoked yet.
 *
 * @param testClass the annotated class
 * @param plan the validated plan
 * @param image the image to create the model from, when the annotation names one
 * @param environment the model container's environment
 * @param payloadMethods the {@code @Payload} methods, in declaration order
 * @param payloadFiles the {@code @PayloadFile} names, in annotation order
 * @param slas every {@code @Sla}, as the framework's thresholds
 * @param verifyMethods every {@code @Verify} method, in declaration order
 */
public record BenchmarkClassModel(Class<?> testClass, BenchmarkPlan plan, Optional<String> image,
                                  Map<String, String> environment, List<PayloadMethod> payloadMethods,
                                  List<String> payloadFiles, List<SlaThresholds> slas,
                                  List<VerifyMethod> verifyMethods) {

    public BenchmarkClassModel {
        Objects.requireNonNull(testClass, "testClass");
        Objects.requireNonNull(plan, "plan");
        environment = Map.copyOf(environment);
        payloadMethods = List.copyOf(payloadMethods);
        payloadFiles = List.copyOf(payloadFiles);
        slas = List.copyOf(slas);
        verifyMethods = List.copyOf(verifyMethods);
    }

    /** The stability configurations, one per memory size. */
    public List<StabilityConfiguration> stabilityConfigurations() {
        return plan.stabilityConfigurations();
    }

    /**
     * The concurrency configurations as MaxConcurrency × clients pairs; their memory size is only
     * known once the stability phase has recommended one, so it is given here as the pinned size
     * or 0.
     */
    public List<ConcurrencyConfiguration> concurrencyConfigurations() {
        return plan.concurrencyConfigurations(plan.concurrencyMemoryMb().orElse(0));
    }

    /** Whether any payload or verify method is an instance method, so an instance is needed. */
    public boolean needsInstance() {
        return payloadMethods.stream().map(PayloadMethod::method).anyMatch(BenchmarkClassModel::isInstanceMethod)
                || verifyMethods.stream().map(VerifyMethod::method).anyMatch(BenchmarkClassModel::isInstanceMethod);
    }

    /** The verify methods of {@code scope} that apply to {@code phase}. */
    public List<VerifyMethod> verifyMethods(VerifyMethod.Scope scope, dev.slsbench.plan.Phase phase) {
        return verifyMethods.stream().filter(v -> v.scope() == scope && v.phase().includes(phase)).toList();
    }

    /** The whole-run verify methods. */
    public List<VerifyMethod> runVerifyMethods() {
        return verifyMethods.stream().filter(v -> v.scope() == VerifyMethod.Scope.RUN).toList();
    }

    private static boolean isInstanceMethod(Method method) {
        return !java.lang.reflect.Modifier.isStatic(method.getModifiers());
    }
}
