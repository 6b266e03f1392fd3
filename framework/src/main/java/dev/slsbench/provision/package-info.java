/**
 * Endpoints through the AWS SDK for Java v2: the clients for a target (AWS or any
 * SageMaker-compatible URL such as the emulator), parallel creation of tagged endpoint configs
 * and endpoints, waiting for InService, teardown that always runs, and cleanup of anything a
 * killed run left behind.
 */
package dev.slsbench.provision;
