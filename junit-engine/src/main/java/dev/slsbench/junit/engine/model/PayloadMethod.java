package dev.slsbench.junit.engine.model;

import dev.slsbench.junit.Payload;
import dev.slsbench.payload.Invocation;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A {@link Payload @Payload} method and the headers its annotation adds.
 *
 * @param method the method; no parameters, a supported return type
 * @param contentType the content type for bodies without one, when set
 * @param accept the Accept header for invocations without one, when set
 * @param weight the weight of each of its examples, positive
 */
public record PayloadMethod(Method method, Optional<String> contentType, Optional<String> accept, double weight) {

    public PayloadMethod {
        Objects.requireNonNull(method, "method");
    }

    /** The method with its annotation's headers. */
    static PayloadMethod of(Method method, Payload payload) {
        return new PayloadMethod(method, nonEmpty(payload.contentType()), nonEmpty(payload.accept()), payload.weight());
    }

    /** Why {@code method} cannot supply payloads, or empty when it can. */
    static Optional<String> problem(Method method) {
        String where = "@Payload method " + method.getName() + "()";
        if (method.getParameterCount() > 0) {
            return Optional.of(where + " must not have parameters, but has " + method.getParameterCount());
        }
        double weight = AnnotationSupport.findAnnotation(method, Payload.class).map(Payload::weight).orElse(1.0);
        if (!(weight > 0) || Double.isInfinite(weight)) {
            return Optional.of(where + " has weight " + weight + "; a weight is a positive number");
        }
        if (!isSupportedReturnType(method.getReturnType())) {
            return Optional.of(where + " returns " + method.getGenericReturnType().getTypeName()
                    + "; return an Invocation, a String, a byte[], or a Collection, Iterable, Stream or array of them");
        }
        return Optional.empty();
    }

    private static boolean isSupportedReturnType(Class<?> type) {
        if (type == Invocation.class || type == String.class || type == byte[].class
                || Iterable.class.isAssignableFrom(type) || Stream.class.isAssignableFrom(type)) {
            return true;
        }
        if (type.isArray()) {
            Class<?> component = type.getComponentType();
            return component == Invocation.class || component == String.class || component == byte[].class
                    || component == Object.class;
        }
        return type == Object.class;
    }

    private static Optional<String> nonEmpty(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
