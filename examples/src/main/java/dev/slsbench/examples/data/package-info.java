/** The deterministic synthetic churn data set the example XGBoost model learns from. */
package dev.slsbench.examples.data;
