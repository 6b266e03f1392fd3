/**
 * The slsbench benchmark core: plans, payloads, provisioning, load generation, recording,
 * statistics, CloudWatch metrics, cost and recommendation, behind one programmatic API.
 */
package dev.slsbench;
