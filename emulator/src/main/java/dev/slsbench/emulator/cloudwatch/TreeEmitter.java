package dev.slsbench.emulator.cloudwatch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * Writes an output tree with a JSON or CBOR generator. Timestamps become epoch seconds, in CBOR
 * under tag 1 as Smithy's RPC v2 CBOR protocol requires; containers get definite lengths.
 */
final class TreeEmitter {

    private static final int EPOCH_TAG = 1;

    private TreeEmitter() {
    }

    static void write(JsonGenerator generator, JsonNode node) throws IOException {
        if (node instanceof POJONode pojo && pojo.getPojo() instanceof Instant instant) {
            if (generator instanceof CBORGenerator cbor) {
                cbor.writeTag(EPOCH_TAG);
            }
            if (instant.getNano() == 0) {
                generator.writeNumber(instant.getEpochSecond());
            } else {
                generator.writeNumber(BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9))
                        .doubleValue());
            }
        } else if (node.isObject()) {
            generator.writeStartObject(node, node.size());
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                generator.writeFieldName(field.getKey());
                write(generator, field.getValue());
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray(node, node.size());
            for (JsonNode element : node) {
                write(generator, element);
            }
            generator.writeEndArray();
        } else if (node.isDouble() || node.isFloat()) {
            generator.writeNumber(node.doubleValue());
        } else if (node.isIntegralNumber()) {
            generator.writeNumber(node.longValue());
        } else if (node.isBoolean()) {
            generator.writeBoolean(node.booleanValue());
        } else if (node.isNull()) {
            generator.writeNull();
        } else {
            generator.writeString(node.asText());
        }
    }
}
