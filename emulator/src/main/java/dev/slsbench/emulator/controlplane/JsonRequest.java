package dev.slsbench.emulator.controlplane;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON 1.1 request body (or one of its structures) with typed member access. A member of the
 * wrong JSON type is a SerializationException, as the AWS JSON protocol reports it; absent and
 * null members read as null, and required-member checks are left to {@link Violations}.
 */
final class JsonRequest {

    private final ObjectNode node;

    private JsonRequest(ObjectNode node) {
        this.node = node;
    }

    static JsonRequest parse(byte[] body) {
        if (body.length == 0) {
            return new JsonRequest(Json.MAPPER.createObjectNode());
        }
        JsonNode parsed;
        try {
            parsed = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ControlPlaneException.serialization("The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ControlPlaneException.serialization("The request body could not be read: " + e.getMessage());
        }
        if (parsed == null || parsed.isMissingNode()) {
            return new JsonRequest(Json.MAPPER.createObjectNode());
        }
        if (!(parsed instanceof ObjectNode object)) {
            throw ControlPlaneException.serialization("Start of structure expected, found " + parsed.getNodeType());
        }
        return new JsonRequest(object);
    }

    ObjectNode raw() {
        return node;
    }

    boolean has(String member) {
        JsonNode value = node.get(member);
        return value != null && !value.isNull();
    }

    String string(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw mismatch(member, value, "a String");
        }
        return value.asText();
    }

    Integer integer(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw mismatch(member, value, "an Integer");
        }
        return value.intValue();
    }

    Double number(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw mismatch(member, value, "a Float");
        }
        return value.doubleValue();
    }

    /** A timestamp member: epoch seconds as the JSON protocol sends them. */
    Instant timestamp(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw mismatch(member, value, "a Timestamp");
        }
        BigDecimal millis = value.decimalValue().movePointRight(3);
        return Instant.ofEpochMilli(millis.longValue());
    }

    JsonRequest object(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return null;
        }
        if (!(value instanceof ObjectNode object)) {
            throw mismatch(member, value, "a structure");
        }
        return new JsonRequest(object);
    }

    List<JsonRequest> objects(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw mismatch(member, value, "a list");
        }
        List<JsonRequest> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!(item instanceof ObjectNode object)) {
                throw mismatch(member, item, "a list of structures");
            }
            items.add(new JsonRequest(object));
        }
        return items;
    }

    List<String> strings(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw mismatch(member, value, "a list");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw mismatch(member, item, "a list of Strings");
            }
            items.add(item.asText());
        }
        return items;
    }

    Map<String, String> stringMap(String member) {
        JsonNode value = present(member);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw mismatch(member, value, "a map");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            if (!entry.getValue().isTextual()) {
                throw mismatch(member + "." + entry.getKey(), entry.getValue(), "a String");
            }
            map.put(entry.getKey(), entry.getValue().asText());
        }
        return map;
    }

    private JsonNode present(String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value;
    }

    private static ControlPlaneException mismatch(String member, JsonNode value, String expected) {
        return ControlPlaneException.serialization(value.getNodeType() + " value at '" + member
                + "' can not be converted to " + expected);
    }
}
