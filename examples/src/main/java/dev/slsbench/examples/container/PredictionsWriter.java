package dev.slsbench.examples.container;

import java.util.Optional;

/**
 * Writes one prediction per row in the form the caller accepts: {@code text/csv} (one value per
 * line) or {@code application/json} ({@code {"predictions": [...]}}). Without an Accept header, or
 * with {@code *}{@code /*}, the answer takes the request's own form; anything else is refused with 406.
 */
public final class PredictionsWriter {

    private PredictionsWriter() {
    }

    public static InvocationResponse write(InvocationRequest request, float[] predictions) throws InvalidInputException {
        String format = responseType(request);
        StringBuilder body = new StringBuilder(predictions.length * 12 + 20);
        if (FeatureRowsReader.JSON.equals(format)) {
            body.append("{\"predictions\":[");
            for (int i = 0; i < predictions.length; i++) {
                body.append(i == 0 ? "" : ",").append(predictions[i]);
            }
            body.append("]}");
        } else {
            for (float prediction : predictions) {
                body.append(prediction).append('\n');
            }
        }
        return InvocationResponse.ok(format, body.toString());
    }

    private static String responseType(InvocationRequest request) throws InvalidInputException {
        String requestType = request.mediaType().orElse(FeatureRowsReader.CSV);
        Optional<String> accept = request.accept().filter(value -> !value.isBlank());
        if (accept.isEmpty()) {
            return requestType;
        }
        for (String range : accept.get().split(",")) {
            String type = InvocationRequest.bareMediaType(range);
            if (type.equals(FeatureRowsReader.CSV) || type.equals(FeatureRowsReader.JSON)) {
                return type;
            }
            if (type.equals("*/*") || type.equals("text/*") && requestType.equals(FeatureRowsReader.CSV)
                    || type.equals("application/*") && requestType.equals(FeatureRowsReader.JSON)) {
                return requestType;
            }
        }
        throw new InvalidInputException(406, "cannot answer in " + accept.get() + "; accept text/csv or application/json");
    }
}
