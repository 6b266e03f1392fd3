package dev.slsbench.junit;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds the examples of a JSON Lines payload file (the toolkit's
 * {@code invoke_args_examples.jsonl} format, see {@link dev.slsbench.payload.PayloadFile}) to a
 * {@link ServerlessBenchmark}. The name is looked up as a class-path resource (absolute, then
 * relative to the class's package) and then as a file path relative to the working directory.
 * Repeatable; combines with {@link Payload @Payload} methods.
 *
 * <pre>{@code
 * @ServerlessBenchmark(model = "churn")
 * @PayloadFile("payloads/churn.jsonl")
 * class ChurnBenchmark {}
 * }</pre>
 */
@Documented
@Repeatable(PayloadFiles.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@API(status = API.Status.STABLE, since = "0.1")
public @interface PayloadFile {

    /** The class-path resource or file path of the JSON Lines file. */
    String value();
}
