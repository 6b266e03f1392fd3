/**
 * Example models for slsbench: real model containers that follow the SageMaker container contract
 * and run under the emulator as child processes. {@link dev.slsbench.examples.model} serves an
 * XGBoost churn model trained at build time on {@link dev.slsbench.examples.data synthetic data};
 * {@link dev.slsbench.examples.embedding} serves a recommender whose embedding table needs more
 * memory than the smallest serverless size.
 */
package dev.slsbench.examples;
