/**
 * The example XGBoost churn model: {@link dev.slsbench.examples.model.ModelTrainer} trains it at
 * build time into {@code examples/target/model/xgboost-churn/}, and
 * {@link dev.slsbench.examples.model.ModelServer} serves it under the SageMaker container contract.
 */
package dev.slsbench.examples.model;
