package dev.slsbench.junit.engine.execution;

import dev.slsbench.junit.engine.model.VerifyMethod;
import org.junit.platform.commons.support.ModifierSupport;
import org.junit.platform.commons.support.ReflectionSupport;

import java.util.Optional;

/** Calls {@code @Verify} methods. */
public final class VerifyInvoker {

    private VerifyInvoker() {
    }

    /** Calls {@code method} with {@code argument}, letting what it throws through unchanged. */
    public static void call(VerifyMethod method, Object instance, Object argument) throws Exception {
        Optional<Throwable> failure = invoke(method, instance, argument);
        if (failure.isPresent()) {
            throw Failures.rethrow(failure.get());
        }
    }

    /** Calls {@code method} with {@code argument}; empty when it returned normally. */
    public static Optional<Throwable> invoke(VerifyMethod method, Object instance, Object argument) {
        try {
            ReflectionSupport.invokeMethod(method.method(),
                    ModifierSupport.isStatic(method.method()) ? null : instance, argument);
            return Optional.empty();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable t) {
            return Optional.of(t);
        }
    }
}
