/**
 * The SageMaker control plane over the AWS JSON 1.1 protocol: models, endpoint configurations,
 * endpoints and tags, validated and answered as SageMaker does, with endpoint creation, update and
 * deletion carried out asynchronously against the runtime's fleets.
 */
package dev.slsbench.emulator.controlplane;
