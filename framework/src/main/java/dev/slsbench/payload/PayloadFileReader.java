package dev.slsbench.payload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one payload file, line by line, into validated {@link Invocation}s. */
final class PayloadFileReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> KEYS = Set.of("Body", "BodyBase64", "ContentType", "Accept",
            "CustomAttributes", "InferenceId", "TargetVariant", "EndpointName", "Weight");
    static final List<String> KEY_ORDER = List.of("Body", "BodyBase64", "ContentType", "Accept",
            "CustomAttributes", "InferenceId", "TargetVariant", "EndpointName", "Weight");

    private final Path file;

    PayloadFileReader(Path file) {
        this.file = file;
    }

    Payloads read() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidPayloadException(file, 0, "file not found", e);
        } catch (IOException e) {
            throw new InvalidPayloadException(file, 0, "cannot be read: " + e, e);
        }
        List<Invocation> invocations = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        int lineNumber = 0;
        int lineStart = 0;
        while (lineStart < content.length) {
            lineNumber++;
            int lineEnd = lineStart;
            while (lineEnd < content.length && content[lineEnd] != '\n') {
                lineEnd++;
            }
            String line = decodeLine(content, lineStart, lineEnd, lineNumber);
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                ObjectNode object = object(line, lineNumber);
                invocations.add(parse(object, lineNumber));
                weights.add(weight(object, lineNumber));
            }
            lineStart = lineEnd + 1;
        }
        if (invocations.isEmpty()) {
            throw new InvalidPayloadException(file, 0,
                    "holds no invocations; write one JSON object per line, e.g. {\"Body\": \"1,2,3\", \"ContentType\": \"text/csv\"}",
                    null);
        }
        return new Payloads(invocations, weights);
    }

    private String decodeLine(byte[] content, int start, int end, int lineNumber) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, end - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidPayloadException(file, lineNumber, "not valid UTF-8 text", e);
        }
    }

    private ObjectNode object(String line, int lineNumber) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InvalidPayloadException(file, lineNumber, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!(node instanceof ObjectNode object)) {
            throw bad(lineNumber, "expected a JSON object of InvokeEndpoint arguments, found " + node.getNodeType());
        }
        return object;
    }

    /** The line's {@code Weight}: 1 when absent, else a positive finite JSON number. */
    private double weight(ObjectNode object, int lineNumber) {
        JsonNode weight = object.get("Weight");
        if (weight == null) {
            return 1;
        }
        if (!weight.isNumber()) {
            throw bad(lineNumber, "Weight must be a positive number, found " + weight.getNodeType() + " " + weight);
        }
        double value = weight.doubleValue();
        if (!(value > 0) || Double.isInfinite(value)) {
            throw bad(lineNumber, "Weight must be a positive number, found " + weight);
        }
        return value;
    }

    private Invocation parse(ObjectNode object, int lineNumber) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!KEYS.contains(field.getKey())) {
                throw bad(lineNumber, "unknown key '" + field.getKey() + "' (expected one of " + KEY_ORDER + ")");
            }
        }
        byte[] body = body(object, lineNumber);
        try {
            return new Invocation(body, text(object, "ContentType", lineNumber), text(object, "Accept", lineNumber),
                    text(object, "CustomAttributes", lineNumber), text(object, "InferenceId", lineNumber),
                    text(object, "TargetVariant", lineNumber));
        } catch (IllegalArgumentException e) {
            throw new InvalidPayloadException(file, lineNumber, e.getMessage(), e);
        }
    }

    private byte[] body(ObjectNode object, int lineNumber) {
        JsonNode body = object.get("Body");
        JsonNode base64 = object.get("BodyBase64");
        if (body != null && base64 != null) {
            throw bad(lineNumber, "has both Body and BodyBase64; give one");
        }
        if (body == null && base64 == null) {
            throw bad(lineNumber, "Body is missing (give Body, or BodyBase64 for binary data)");
        }
        if (base64 != null) {
            if (!base64.isTextual()) {
                throw bad(lineNumber, "BodyBase64 must be a base64 string, found " + base64.getNodeType());
            }
            try {
                return Base64.getDecoder().decode(base64.textValue().strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidPayloadException(file, lineNumber, "BodyBase64 is not valid base64: " + e.getMessage(), e);
            }
        }
        if (body.isTextual()) {
            return body.textValue().getBytes(StandardCharsets.UTF_8);
        }
        if (body.isContainerNode()) {
            try {
                return JSON.writeValueAsBytes(body);
            } catch (JsonProcessingException e) {
                throw new InvalidPayloadException(file, lineNumber, "Body cannot be serialised: " + e.getMessage(), e);
            }
        }
        throw bad(lineNumber, "Body must be a string, a JSON object or a JSON array, found " + body.getNodeType());
    }

    private String text(ObjectNode object, String key, int lineNumber) {
        JsonNode value = object.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw bad(lineNumber, key + " must be a string, found " + value.getNodeType());
        }
        return value.textValue();
    }

    private InvalidPayloadException bad(int lineNumber, String reason) {
        return new InvalidPayloadException(file, lineNumber, reason, null);
    }
}
