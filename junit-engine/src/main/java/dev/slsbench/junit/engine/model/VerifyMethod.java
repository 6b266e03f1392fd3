package dev.slsbench.junit.engine.model;

import dev.slsbench.junit.BenchmarkPhase;
import dev.slsbench.junit.PhaseResult;
import dev.slsbench.junit.Verify;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Verify @Verify} method, with what it checks (decided by its parameter type) and the
 * phase it is restricted to.
 *
 * @param method the method
 * @param scope what its parameter receives
 * @param phase the phase it applies to (configuration and phase checks)
 */
public record VerifyMethod(Method method, Scope scope, BenchmarkPhase phase) {

    /** What a verify method receives. */
    public enum Scope {
        /** One {@link ConfigurationResult} per configuration, inside each configuration's test. */
        CONFIGURATION(ConfigurationResult.class),
        /** One {@link PhaseResult} per phase, as a test of its own in the phase. */
        PHASE(PhaseResult.class),
        /** The {@link BenchmarkResult}, as a test of its own under the class. */
        RUN(BenchmarkResult.class);

        private final Class<?> parameterType;

        Scope(Class<?> parameterType) {
            this.parameterType = parameterType;
        }

        static Optional<Scope> of(Class<?> parameterType) {
            return Arrays.stream(values()).filter(s -> s.parameterType == parameterType).findFirst();
        }
    }

    public VerifyMethod {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(phase, "phase");
    }

    /** The verify method, or why it cannot be one. */
    public static VerifyMethod of(Method method) throws InvalidVerifyMethodException {
        String where = "@Verify method " + method.getName() + "(" + parameterList(method) + ")";
        if (method.getParameterCount() != 1) {
            throw new InvalidVerifyMethodException(where + " must take exactly one parameter: a ConfigurationResult,"
                    + " a PhaseResult or a BenchmarkResult");
        }
        Scope scope = Scope.of(method.getParameterTypes()[0]).orElseThrow(() -> new InvalidVerifyMethodException(
                where + " takes a " + method.getParameterTypes()[0].getSimpleName()
                        + "; take a ConfigurationResult, a PhaseResult or a BenchmarkResult"));
        BenchmarkPhase phase = AnnotationSupport.findAnnotation(method, Verify.class).map(Verify::phase)
                .orElse(BenchmarkPhase.ALL);
        return new VerifyMethod(method, scope, phase);
    }

    /** The name tests and unique ids use, e.g. {@code fastEnough(ConfigurationResult)}. */
    public String displayName() {
        return method.getName() + "(" + parameterList(method) + ")";
    }

    private static String parameterList(Method method) {
        return String.join(", ", Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toList());
    }

    /** Why a method annotated {@code @Verify} cannot be one. */
    public static final class InvalidVerifyMethodException extends Exception {
        InvalidVerifyMethodException(String message) {
            super(message, null, false, false);
        }
    }
}
