/**
 * The example model that needs more memory than the smallest serverless size: a two-tower style
 * recommender whose 1.5 GiB embedding table does not fit in 1024 MB.
 */
package dev.slsbench.examples.embedding;
