package dev.slsbench.emulator.controlplane;

/**
 * An error the SageMaker control plane answers with: the error shape's name (the {@code __type} of
 * the JSON 1.1 protocol), an HTTP status and a message.
 */
final class ControlPlaneException extends RuntimeException {

    private final String type;
    private final int status;

    ControlPlaneException(String type, int status, String message) {
        super(message, null, false, false);
        this.type = type;
        this.status = status;
    }

    static ControlPlaneException validation(String message) {
        return new ControlPlaneException("ValidationException", 400, message);
    }

    static ControlPlaneException serialization(String message) {
        return new ControlPlaneException("SerializationException", 400, message);
    }

    static ControlPlaneException resourceLimitExceeded(String message) {
        return new ControlPlaneException("ResourceLimitExceeded", 400, message);
    }

    static ControlPlaneException throttling(String message) {
        return new ControlPlaneException("ThrottlingException", 400, message);
    }

    static ControlPlaneException unknownOperation(String target) {
        return new ControlPlaneException("UnknownOperationException", 400, "The operation " + target
                + " is not supported by SageMaker (or by the slsbench emulator).");
    }

    String type() {
        return type;
    }

    int status() {
        return status;
    }
}
