/**
 * The AWS Price List Query API ({@code AWSPriceListService}: GetProducts, DescribeServices,
 * GetAttributeValues) served from slsbench's bundled price table, so that the framework's live price
 * source runs the same code against the emulator as against AWS.
 */
package dev.slsbench.emulator.pricing;
