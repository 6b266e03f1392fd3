/**
 * The SageMaker container contract as the example model servers speak it: {@code GET /ping},
 * {@code POST /invocations}, the port from {@code SAGEMAKER_BIND_TO_PORT}, and tabular request
 * bodies in {@code text/csv} or {@code application/json} with clear 4xx answers for bad input.
 */
package dev.slsbench.examples.container;
