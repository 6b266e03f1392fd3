package dev.slsbench.emulator.cloudwatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.slsbench.emulator.http.ApiRequest;
import dev.slsbench.emulator.http.ApiResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The awsQuery protocol (AWS SDK for Java v2, Debian's AWS CLI 2.9 and older botocore):
 * form-encoded {@code Action=...&Version=2010-08-01} parameters with {@code .member.N} lists in,
 * XML out, errors as {@code ErrorResponse}.
 */
final class QueryProtocol implements WireProtocol {

    static final String VERSION = "2010-08-01";
    static final String XML_NAMESPACE = "http://monitoring.amazonaws.com/doc/2010-08-01/";
    private static final int MAX_LIST_INDEX = 10_000;
    /** Output members the model declares as maps (DatapointValueMap) rather than structures. */
    private static final Set<String> MAP_MEMBERS = Set.of("ExtendedStatistics");

    /** Whether the request is a form-encoded CloudWatch query request. */
    static boolean recognises(ApiRequest request) {
        boolean post = request.method().equals("POST");
        if (!(post || request.method().equals("GET")) || !(request.path().isEmpty() || request.path().equals("/"))) {
            return false;
        }
        if (post && !request.header("Content-Type").map(t -> t.toLowerCase(Locale.ROOT))
                .orElse("").startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        Map<String, String> parameters = parameters(request);
        return VERSION.equals(parameters.get("Version")) && parameters.containsKey("Action");
    }

    @Override
    public Call decode(ApiRequest request) {
        Map<String, String> parameters = parameters(request);
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (!parameter.getKey().equals("Action") && !parameter.getKey().equals("Version")) {
                assign(input, parameter.getKey(), parameter.getValue());
            }
        }
        String action = parameters.get("Action");
        if (action == null || action.isEmpty()) {
            throw CloudWatchError.missingParameter("Action");
        }
        return new Call(action, new RequestFields(input, ""));
    }

    @Override
    public ApiResponse encode(String operation, ObjectNode output, String requestId) {
        StringBuilder xml = new StringBuilder(1024);
        xml.append("<").append(operation).append("Response xmlns=\"").append(XML_NAMESPACE).append("\">");
        element(xml, operation + "Result", output);
        xml.append("<ResponseMetadata><RequestId>").append(requestId).append("</RequestId></ResponseMetadata>");
        xml.append("</").append(operation).append("Response>");
        return ApiResponse.of(200, "text/xml", xml.toString()).withHeader("x-amzn-RequestId", requestId);
    }

    @Override
    public ApiResponse encodeError(CloudWatchError error, String requestId) {
        StringBuilder xml = new StringBuilder(512);
        xml.append("<ErrorResponse xmlns=\"").append(XML_NAMESPACE).append("\"><Error><Type>")
                .append(error.faultType()).append("</Type><Code>").append(error.code).append("</Code><Message>");
        escape(xml, error.getMessage());
        xml.append("</Message></Error><RequestId>").append(requestId).append("</RequestId></ErrorResponse>");
        return ApiResponse.of(error.status, "text/xml", xml.toString()).withHeader("x-amzn-RequestId", requestId);
    }

    static Map<String, String> parameters(ApiRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parse(request.query(), parameters);
        if (request.method().equals("POST")) {
            parse(new String(request.body(), StandardCharsets.UTF_8), parameters);
        }
        return parameters;
    }

    private static void parse(String form, Map<String, String> into) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                into.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw CloudWatchError.malformedRequest("The form parameter " + name + " is not URL-encoded correctly.");
            }
        }
    }

    /** Places {@code A.member.2.B=v} at {@code input.A[1].B}. */
    private static void assign(ObjectNode input, String key, String value) {
        String[] parts = key.split("\\.", -1);
        ObjectNode current = input;
        int i = 0;
        while (true) {
            String name = parts[i];
            if (i + 2 < parts.length && parts[i + 1].equals("member")) {
                int index = listIndex(key, parts[i + 2]);
                JsonNode existing = current.get(name);
                ArrayNode list = existing instanceof ArrayNode array ? array : current.putArray(name);
                while (list.size() < index) {
                    list.addNull();
                }
                if (i + 3 == parts.length) {
                    list.set(index - 1, value);
                    return;
                }
                JsonNode element = list.get(index - 1);
                if (!(element instanceof ObjectNode)) {
                    element = JsonNodeFactory.instance.objectNode();
                    list.set(index - 1, element);
                }
                current = (ObjectNode) element;
                i += 3;
            } else if (i + 1 == parts.length) {
                if (!(current.get(name) instanceof ArrayNode)) {
                    current.put(name, value);
                }
                return;
            } else {
                JsonNode child = current.get(name);
                current = child instanceof ObjectNode object ? object : current.putObject(name);
                i++;
            }
        }
    }

    private static int listIndex(String key, String text) {
        try {
            int index = Integer.parseInt(text);
            if (index >= 1 && index <= MAX_LIST_INDEX) {
                return index;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw CloudWatchError.malformedRequest("The parameter " + key + " has a list index that is not 1 to "
                + MAX_LIST_INDEX + ".");
    }

    private static void element(StringBuilder xml, String name, JsonNode node) {
        xml.append('<').append(name).append('>');
        if (node.isObject() && MAP_MEMBERS.contains(name)) {
            node.properties().forEach(entry -> {
                xml.append("<entry><key>");
                escape(xml, entry.getKey());
                xml.append("</key>");
                element(xml, "value", entry.getValue());
                xml.append("</entry>");
            });
        } else if (node.isObject()) {
            node.properties().forEach(entry -> element(xml, entry.getKey(), entry.getValue()));
        } else if (node.isArray()) {
            node.forEach(member -> element(xml, "member", member));
        } else if (node instanceof POJONode pojo && pojo.getPojo() instanceof Instant instant) {
            xml.append(instant);
        } else {
            escape(xml, node.asText());
        }
        xml.append("</").append(name).append('>');
    }

    private static void escape(StringBuilder xml, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                case '\'' -> xml.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        xml.append(c);
                    }
                }
            }
        }
    }
}
