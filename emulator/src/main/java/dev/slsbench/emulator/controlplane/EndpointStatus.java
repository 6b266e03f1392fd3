package dev.slsbench.emulator.controlplane;

/** The endpoint statuses the emulator goes through, spelled as SageMaker's EndpointStatus enum. */
enum EndpointStatus {
    Creating, Updating, InService, Deleting, Failed
}
