/**
 * The S3 operations a SageMaker Processing job's path needs (buckets, objects, ListObjectsV2,
 * multipart upload), path-style, on the emulator's one port, kept in memory for the emulator's life.
 */
package dev.slsbench.emulator.s3;
