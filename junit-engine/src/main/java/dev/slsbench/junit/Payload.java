package dev.slsbench.junit;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that supplies example invocations to a {@link ServerlessBenchmark}. The
 * method takes no parameters, may be static or an instance method (the engine creates one
 * instance of the class through its no-argument constructor), and returns an
 * {@link dev.slsbench.payload.Invocation}, a {@code String} (sent as UTF-8), a {@code byte[]},
 * or a {@code Collection}, {@code Iterable}, {@code Stream} or array of those. Every
 * {@code @Payload} method and {@link PayloadFile @PayloadFile} of a class adds to one pool of
 * examples, which the benchmark cycles through.
 *
 * <pre>{@code
 * @Payload(contentType = "text/csv")
 * static List<String> rows() { return List.of("1,2,3", "4,5,6"); }
 *
 * @Payload(weight = 3)
 * Invocation json() { return Invocation.of("{\"x\":1}", "application/json"); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@API(status = API.Status.STABLE, since = "0.1")
public @interface Payload {

    /**
     * The {@code ContentType} of {@code String} and {@code byte[]} examples; empty sends none.
     * An {@code Invocation} keeps its own content type unless it has none.
     */
    String contentType() default "";

    /** The {@code Accept} header of the examples; empty sends none (or keeps an {@code Invocation}'s own). */
    String accept() default "";

    /**
     * How often each of this method's examples is sent relative to an example of weight 1: a
     * positive number. Round-robin gives it that many turns per cycle, random draws it that much
     * more often; payload order {@code once} sends every example once whatever its weight.
     */
    double weight() default 1;
}
