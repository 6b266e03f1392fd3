package dev.slsbench.examples.container;

/** What a model does with one {@code POST /invocations} call. */
@FunctionalInterface
public interface InvocationHandler {

    /**
     * @throws InvalidInputException for a request the model cannot serve; it becomes a 4xx answer
     */
    InvocationResponse invoke(InvocationRequest request) throws InvalidInputException;
}
