package dev.slsbench.emulator.controlplane;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * The control plane's JSON encoding: one shared mapper, timestamps as epoch seconds with millisecond
 * fraction (the JSON protocol's default timestamp format), decimals written plainly.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static void putTimestamp(ObjectNode node, String member, Instant instant) {
        node.put(member, BigDecimal.valueOf(instant.toEpochMilli(), 3));
    }

    static ObjectNode stringMap(Map<String, String> map) {
        ObjectNode node = object();
        map.forEach(node::put);
        return node;
    }
}
