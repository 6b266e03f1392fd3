package dev.slsbench.examples;

import java.util.Arrays;
import java.util.List;

/** Reads the predictions of an example model's answer, for comparison with in-process ones. */
public final class PredictionText {

    private PredictionText() {
    }

    /** One value per CSV line. */
    public static float[] csvLines(String body) {
        return parse(body.lines().toList());
    }

    /** The array of {@code {"predictions": [...]}}. */
    public static float[] jsonPredictions(String body) {
        String prefix = "{\"predictions\":[";
        if (!body.startsWith(prefix) || !body.endsWith("]}")) {
            throw new IllegalArgumentException("not a predictions object: " + body);
        }
        return parse(Arrays.asList(body.substring(prefix.length(), body.length() - 2).split(",")));
    }

    private static float[] parse(List<String> values) {
        float[] parsed = new float[values.size()];
        for (int i = 0; i < parsed.length; i++) {
            parsed[i] = Float.parseFloat(values.get(i).trim());
        }
        return parsed;
    }
}
