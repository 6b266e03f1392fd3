package dev.slsbench.emulator.cloudwatch;

/**
 * A CloudWatch error as the service models it: the query-protocol code, the modelled shape name
 * the JSON and CBOR protocols put in {@code __type}, the HTTP status and who is at fault.
 */
final class CloudWatchError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String code;
    final String shapeName;
    final int status;
    final boolean senderFault;

    private CloudWatchError(String code, String shapeName, int status, boolean senderFault, String message) {
        super(message, null, false, false);
        this.code = code;
        this.shapeName = shapeName;
        this.status = status;
        this.senderFault = senderFault;
    }

    static CloudWatchError invalidParameterValue(String message) {
        return new CloudWatchError("InvalidParameterValue", "InvalidParameterValueException", 400, true, message);
    }

    static CloudWatchError missingParameter(String parameter) {
        return new CloudWatchError("MissingParameter", "MissingRequiredParameterException", 400, true,
                "The parameter " + parameter + " is required.");
    }

    static CloudWatchError invalidParameterCombination(String message) {
        return new CloudWatchError("InvalidParameterCombination", "InvalidParameterCombinationException", 400, true,
                message);
    }

    static CloudWatchError invalidNextToken(String token) {
        return new CloudWatchError("InvalidNextToken", "InvalidNextToken", 400, true,
                "The NextToken " + token + " is not valid.");
    }

    static CloudWatchError validationError(String message) {
        return new CloudWatchError("ValidationError", "ValidationError", 400, true, message);
    }

    static CloudWatchError unknownOperation(String operation) {
        return new CloudWatchError("InvalidAction", "UnknownOperationException", 400, true,
                "The action " + operation + " is not valid for this web service; the emulator's CloudWatch serves"
                        + " GetMetricStatistics, GetMetricData and ListMetrics.");
    }

    static CloudWatchError malformedRequest(String message) {
        return new CloudWatchError("MalformedInput", "SerializationException", 400, true, message);
    }

    static CloudWatchError internalFault(String message) {
        return new CloudWatchError("InternalServiceError", "InternalServiceFault", 500, false, message);
    }

    /** {@code Sender} or {@code Receiver}, as the query protocol's {@code Error/Type} says. */
    String faultType() {
        return senderFault ? "Sender" : "Receiver";
    }
}
