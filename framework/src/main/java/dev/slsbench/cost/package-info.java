/**
 * Cost: versioned price tables as data, the toolkit's cost-per-invocation formula in exact
 * decimal money, break-even against a comparable real-time instance and the savings table.
 */
package dev.slsbench.cost;
