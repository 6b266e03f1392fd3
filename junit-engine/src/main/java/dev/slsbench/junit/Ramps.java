package dev.slsbench.junit;

import org.apiguardian.api.API;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The container of repeated {@link Ramp @Ramp}s; write those instead. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public @interface Ramps {

    /** The phases. */
    Ramp[] value();
}
