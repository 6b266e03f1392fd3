package dev.slsbench.examples.container;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the feature rows of a tabular model request, in the two forms SageMaker's tabular
 * containers take:
 * <ul>
 * <li>{@code text/csv}: one row per line, no header, values separated by commas; an empty value is
 *     missing; blank lines are skipped;</li>
 * <li>{@code application/json}: {@code {"instances": [[v, ...], ...]}}; {@code null} is missing.</li>
 * </ul>
 * Every row must have exactly the model's number of features. A body that breaks a rule is refused
 * with an {@link InvalidInputException} naming the line (or instance) and value.
 */
public final class FeatureRowsReader {

    public static final String CSV = "text/csv";
    public static final String JSON = "application/json";
    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    private final int featureCount;

    public FeatureRowsReader(int featureCount) {
        if (featureCount <= 0) {
            throw new IllegalArgumentException("featureCount must be positive, got: " + featureCount);
        }
        this.featureCount = featureCount;
    }

    public FeatureRows read(InvocationRequest request) throws InvalidInputException {
        String mediaType = request.mediaType().orElse(CSV);
        return switch (mediaType) {
            case CSV -> readCsv(new String(request.body(), StandardCharsets.UTF_8));
            case JSON -> readJson(request.body());
            default -> throw new InvalidInputException(415, "unsupported Content-Type " + request.contentType().orElse("")
                    + "; send text/csv (one row per line) or application/json ({\"instances\": [[...], ...]})");
        };
    }

    FeatureRows readCsv(String body) throws InvalidInputException {
        RowBuffer rows = new RowBuffer(featureCount);
        int lineNumber = 0;
        int lineStart = 0;
        while (lineStart <= body.length()) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = body.length();
            }
            lineNumber++;
            String line = body.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                readCsvLine(line.strip(), lineNumber, rows);
            }
            lineStart = lineEnd + 1;
        }
        if (rows.rowCount == 0) {
            throw InvalidInputException.badRequest("the request has no rows; send one CSV line of " + featureCount
                    + " values per row");
        }
        return rows.toFeatureRows();
    }

    private void readCsvLine(String line, int lineNumber, RowBuffer rows) throws InvalidInputException {
        String[] fields = line.split(",", -1);
        if (fields.length != featureCount) {
            throw InvalidInputException.badRequest("line " + lineNumber + " has " + fields.length + " values; the model takes "
                    + featureCount + " features per row");
        }
        float[] row = rows.startRow();
        for (int column = 0; column < fields.length; column++) {
            String field = fields[column].strip();
            if (field.isEmpty()) {
                row[column] = Float.NaN;
                continue;
            }
            try {
                row[column] = Float.parseFloat(field);
            } catch (NumberFormatException e) {
                throw InvalidInputException.badRequest("line " + lineNumber + ", column " + (column + 1) + ": '" + field
                        + "' is not a number");
            }
        }
    }

    FeatureRows readJson(byte[] body) throws InvalidInputException {
        try (JsonParser parser = JSON_FACTORY.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw jsonShape("the body is not a JSON object");
            }
            FeatureRows rows = null;
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                parser.nextToken();
                if ("instances".equals(field)) {
                    rows = readInstances(parser);
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw jsonShape("there is more after the JSON object");
            }
            if (rows == null) {
                throw jsonShape("the object has no \"instances\" field");
            }
            return rows;
        } catch (StreamReadException e) {
            throw InvalidInputException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw InvalidInputException.badRequest("the body could not be read: " + e.getMessage());
        }
    }

    private FeatureRows readInstances(JsonParser parser) throws IOException, InvalidInputException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw jsonShape("\"instances\" is not an array of rows");
        }
        RowBuffer rows = new RowBuffer(featureCount);
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            int instance = rows.rowCount;
            if (token != JsonToken.START_ARRAY) {
                throw jsonShape("instance " + instance + " is not an array of numbers");
            }
            float[] row = rows.startRow();
            int column = 0;
            for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (column == featureCount) {
                    throw InvalidInputException.badRequest("instance " + instance + " has more than " + featureCount
                            + " values; the model takes " + featureCount + " features per row");
                }
                row[column] = switch (token) {
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getFloatValue();
                    case VALUE_NULL -> Float.NaN;
                    default -> throw InvalidInputException.badRequest("instance " + instance + ", value " + column + ": "
                            + parser.getText() + " is not a number");
                };
                column++;
            }
            if (column != featureCount) {
                throw InvalidInputException.badRequest("instance " + instance + " has " + column + " values; the model takes "
                        + featureCount + " features per row");
            }
        }
        if (rows.rowCount == 0) {
            throw jsonShape("\"instances\" is empty");
        }
        return rows.toFeatureRows();
    }

    private InvalidInputException jsonShape(String problem) {
        return InvalidInputException.badRequest(problem + "; send {\"instances\": [[" + featureCount
                + " numbers], ...]}");
    }

    /** Grows a row-major array one row at a time. */
    private static final class RowBuffer {

        private final int featureCount;
        private final float[] row;
        private float[] values;
        private int rowCount;

        RowBuffer(int featureCount) {
            this.featureCount = featureCount;
            this.row = new float[featureCount];
            this.values = new float[featureCount * 16];
        }

        /** Commits the previous row (if any) and hands out the next one to fill. */
        float[] startRow() {
            if (rowCount > 0) {
                commit();
            }
            rowCount++;
            return row;
        }

        private void commit() {
            int offset = (rowCount - 1) * featureCount;
            if (offset + featureCount > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            System.arraycopy(row, 0, values, offset, featureCount);
        }

        FeatureRows toFeatureRows() {
            commit();
            return new FeatureRows(Arrays.copyOf(values, rowCount * featureCount), rowCount, featureCount);
        }
    }
}
