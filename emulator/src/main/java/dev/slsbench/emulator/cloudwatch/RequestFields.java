package dev.slsbench.emulator.cloudwatch;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The members of one request structure, read the same way whichever protocol carried them:
 * the query protocol brings every value as text, JSON and CBOR bring typed values. Reads name
 * the parameter's path in the errors they raise.
 */
final class RequestFields {

    private final JsonNode node;
    private final String path;

    RequestFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    String path(String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    boolean has(String member) {
        JsonNode value = node.get(member);
        return value != null && !value.isNull();
    }

    Optional<String> string(String member) {
        JsonNode value = value(member);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isValueNode() || value.isBinary()) {
            throw CloudWatchError.invalidParameterValue("The parameter " + path(member) + " must be a string.");
        }
        return Optional.of(value.asText());
    }

    String requiredString(String member) {
        return string(member).filter(s -> !s.isEmpty()).orElseThrow(() -> CloudWatchError.missingParameter(path(member)));
    }

    Optional<Integer> integer(String member) {
        JsonNode value = value(member);
        if (value == null) {
            return Optional.empty();
        }
        try {
            if (value.isIntegralNumber() && value.canConvertToInt()) {
                return Optional.of(value.intValue());
            }
            if (value.isTextual()) {
                return Optional.of(Integer.parseInt(value.asText().trim()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw CloudWatchError.invalidParameterValue(
                "The parameter " + path(member) + " must be an integer, was " + value.asText() + ".");
    }

    int requiredInteger(String member) {
        return integer(member).orElseThrow(() -> CloudWatchError.missingParameter(path(member)));
    }

    Optional<Boolean> bool(String member) {
        JsonNode value = value(member);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBoolean()) {
            return Optional.of(value.booleanValue());
        }
        String text = value.asText();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Optional.of(Boolean.parseBoolean(text));
        }
        throw CloudWatchError.invalidParameterValue("The parameter " + path(member) + " must be true or false.");
    }

    /** A timestamp: epoch seconds (JSON, CBOR) or ISO-8601 text (query), UTC when no offset is given. */
    Optional<Instant> instant(String member) {
        JsonNode value = value(member);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            return Optional.of(epochSeconds(value.decimalValue()));
        }
        String text = value.asText().trim();
        try {
            return Optional.of(epochSeconds(new BigDecimal(text)));
        } catch (NumberFormatException notNumeric) {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException noOffset) {
                try {
                    return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
                } catch (DateTimeParseException e) {
                    throw CloudWatchError.invalidParameterValue(
                            "The parameter " + path(member) + " must be an ISO-8601 timestamp, was " + text + ".");
                }
            }
        }
    }

    Instant requiredInstant(String member) {
        return instant(member).orElseThrow(() -> CloudWatchError.missingParameter(path(member)));
    }

    Optional<RequestFields> structure(String member) {
        JsonNode value = value(member);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw CloudWatchError.invalidParameterValue("The parameter " + path(member) + " must be a structure.");
        }
        return Optional.of(new RequestFields(value, path(member)));
    }

    RequestFields requiredStructure(String member) {
        return structure(member).orElseThrow(() -> CloudWatchError.missingParameter(path(member)));
    }

    List<RequestFields> structures(String member) {
        List<RequestFields> result = new ArrayList<>();
        List<JsonNode> elements = elements(member);
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            String elementPath = path(member) + ".member." + (i + 1);
            if (!element.isObject()) {
                throw CloudWatchError.invalidParameterValue("The parameter " + elementPath + " must be a structure.");
            }
            result.add(new RequestFields(element, elementPath));
        }
        return result;
    }

    List<String> strings(String member) {
        List<String> result = new ArrayList<>();
        List<JsonNode> elements = elements(member);
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            if (!element.isValueNode() || element.isNull()) {
                throw CloudWatchError.invalidParameterValue(
                        "The parameter " + path(member) + ".member." + (i + 1) + " must be a string.");
            }
            result.add(element.asText());
        }
        return result;
    }

    private List<JsonNode> elements(String member) {
        JsonNode value = value(member);
        if (value == null || (value.isTextual() && value.asText().isEmpty())) {
            return List.of();
        }
        if (!value.isArray()) {
            throw CloudWatchError.invalidParameterValue("The parameter " + path(member) + " must be a list.");
        }
        List<JsonNode> result = new ArrayList<>();
        value.forEach(result::add);
        return result;
    }

    private JsonNode value(String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value;
    }

    private Instant epochSeconds(BigDecimal seconds) {
        try {
            BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
            long nanos = seconds.subtract(whole).movePointRight(9).longValue();
            return Instant.ofEpochSecond(whole.longValueExact(), nanos);
        } catch (ArithmeticException | java.time.DateTimeException e) {
            throw CloudWatchError.invalidParameterValue("The timestamp " + seconds + " is out of range.");
        }
    }
}
