package dev.slsbench.payload;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Formats one invocation as a JSON object the way Python's {@code json.dumps} does by default
 * ({@code ", "} and {@code ": "} separators, non-ASCII escaped as {@code \\uXXXX}), so files
 * we write are byte-for-byte what the toolkit writes for the same arguments.
 */
final class PayloadLineFormat {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PayloadLineFormat() {
    }

    static String toJsonLine(Invocation invocation) {
        StringBuilder line = new StringBuilder("{");
        byte[] body = invocation.body();
        Optional<String> text = decodeUtf8(body);
        if (text.isPresent()) {
            field(line, "Body", text.get());
        } else {
            field(line, "BodyBase64", Base64.getEncoder().encodeToString(body));
        }
        optionalField(line, "ContentType", invocation.contentType());
        optionalField(line, "Accept", invocation.accept());
        optionalField(line, "CustomAttributes", invocation.customAttributes());
        optionalField(line, "InferenceId", invocation.inferenceId());
        optionalField(line, "TargetVariant", invocation.targetVariant());
        return line.append('}').toString();
    }

    static Optional<String> decodeUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static void optionalField(StringBuilder line, String key, String value) {
        if (value != null) {
            field(line, key, value);
        }
    }

    private static void field(StringBuilder line, String key, String value) {
        if (line.length() > 1) {
            line.append(", ");
        }
        string(line, key);
        line.append(": ");
        string(line, value);
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c >= 0x20 && c <= 0x7e) {
                        out.append(c);
                    } else {
                        out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
                    }
                }
            }
        }
        out.append('"');
    }
}
