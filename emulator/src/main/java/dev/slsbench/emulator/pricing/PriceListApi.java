package dev.slsbench.emulator.pricing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slsbench.emulator.http.ApiRequest;
import dev.slsbench.emulator.http.ApiResponse;
import dev.slsbench.emulator.http.RequestIds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The AWS Price List Query API over the AWS JSON 1.1 protocol, as the SDK's {@code PricingClient} and
 * boto3's {@code pricing} client send it: {@code POST /} with
 * {@code X-Amz-Target: AWSPriceListService.<Operation>}. Serves GetProducts (each {@code PriceList}
 * entry a JSON <em>string</em> holding one product document, as the service model's
 * {@code jsonvalue} list says), DescribeServices and GetAttributeValues from a {@link PriceCatalog};
 * pages with {@code MaxResults} (1–100) and an opaque {@code NextToken}. Errors as
 * {@code {"__type": ..., "message": ...}} with status 400.
 */
public final class PriceListApi {

    /** The {@code X-Amz-Target} prefix of the Price List API. */
    public static final String TARGET_PREFIX = "AWSPriceListService.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final String FORMAT_VERSION = "aws_v1";
    private static final int MAX_RESULTS = 100;
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final PriceCatalog catalog;
    private final Map<String, Function<JsonNode, ObjectNode>> operations;

    public PriceListApi(PriceCatalog catalog) {
        this.catalog = catalog;
        this.operations = Map.of(
                "GetProducts", this::getProducts,
                "DescribeServices", this::describeServices,
                "GetAttributeValues", this::getAttributeValues);
    }

    /** Whether a request is a Price List call. */
    public static boolean accepts(ApiRequest request) {
        return request.header("x-amz-target").map(target -> target.startsWith(TARGET_PREFIX)).orElse(false);
    }

    public ApiResponse handle(ApiRequest request) {
        String target = request.header("x-amz-target").orElse("");
        Function<JsonNode, ObjectNode> operation = operations.get(target.substring(TARGET_PREFIX.length()));
        if (operation == null || !"POST".equals(request.method())) {
            return error("UnknownOperationException", "The Price List API has no operation " + target);
        }
        try {
            JsonNode input = request.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(request.body());
            if (input == null || !input.isObject()) {
                throw PriceListException.invalidParameter("the request body is not a JSON object");
            }
            return response(200, operation.apply(input));
        } catch (IOException e) {
            return error("SerializationException", "the request body is not JSON: " + e.getMessage());
        } catch (PriceListException e) {
            return error(e.type(), e.getMessage());
        }
    }

    private ObjectNode getProducts(JsonNode input) {
        String serviceCode = required(input, "ServiceCode");
        List<ProductFilter> filters = new ArrayList<>();
        JsonNode given = input.path("Filters");
        if (!given.isMissingNode() && !given.isNull() && !given.isArray()) {
            throw PriceListException.invalidParameter("Filters: not a list");
        }
        given.forEach(f -> filters.add(new ProductFilter(text(f, "Type"), text(f, "Field"), text(f, "Value"))));
        List<PriceProduct> matching = catalog.products().stream()
                .filter(p -> p.serviceCode().equals(serviceCode))
                .filter(p -> filters.stream().allMatch(f -> f.matches(p)))
                .toList();
        ObjectNode output = JSON.createObjectNode().put("FormatVersion", FORMAT_VERSION);
        ArrayNode list = output.putArray("PriceList");
        page(input, matching, output, product -> {
            try {
                list.add(JSON.writeValueAsString(product.document(JSON)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        return output;
    }

    private ObjectNode describeServices(JsonNode input) {
        String serviceCode = text(input, "ServiceCode");
        ObjectNode output = JSON.createObjectNode().put("FormatVersion", FORMAT_VERSION);
        ArrayNode services = output.putArray("Services");
        List<String> codes = serviceCode == null || PriceCatalog.SERVICE_CODE.equals(serviceCode)
                ? List.of(PriceCatalog.SERVICE_CODE) : List.of();
        page(input, codes, output, code -> {
            ObjectNode service = services.addObject().put("ServiceCode", code);
            catalog.attributeNames().forEach(service.putArray("AttributeNames")::add);
        });
        return output;
    }

    private ObjectNode getAttributeValues(JsonNode input) {
        String serviceCode = required(input, "ServiceCode");
        String attribute = required(input, "AttributeName");
        List<String> values = PriceCatalog.SERVICE_CODE.equals(serviceCode) ? catalog.attributeValues(attribute) : List.of();
        ObjectNode output = JSON.createObjectNode();
        ArrayNode list = output.putArray("AttributeValues");
        page(input, values, output, value -> list.addObject().put("Value", value));
        return output;
    }

    private static <T> void page(JsonNode input, List<T> all, ObjectNode output, java.util.function.Consumer<T> emit) {
        int maxResults = MAX_RESULTS;
        if (input.hasNonNull("MaxResults")) {
            maxResults = input.get("MaxResults").asInt(-1);
            if (maxResults < 1 || maxResults > MAX_RESULTS) {
                throw PriceListException.invalidParameter("MaxResults: " + input.get("MaxResults")
                        + " is not between 1 and " + MAX_RESULTS);
            }
        }
        int from = PageToken.offset(text(input, "NextToken"), all.size());
        int to = Math.min(all.size(), from + maxResults);
        all.subList(from, to).forEach(emit);
        if (to < all.size()) {
            output.put("NextToken", PageToken.of(to));
        }
    }

    private static String required(JsonNode input, String member) {
        String value = text(input, member);
        if (value == null || value.isBlank()) {
            throw PriceListException.invalidParameter(member + " is required");
        }
        return value;
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static ApiResponse error(String type, String message) {
        return response(400, JSON.createObjectNode().put("__type", type).put("message", message))
                .withHeader("x-amzn-ErrorType", type);
    }

    private static ApiResponse response(int status, ObjectNode body) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            bytes = "{}".getBytes(StandardCharsets.UTF_8);
        }
        return ApiResponse.of(status, CONTENT_TYPE, bytes).withHeader("x-amzn-RequestId", RequestIds.next());
    }

    /** NextToken values: the offset of the next page, base64-encoded so that clients treat it as opaque. */
    private static final class PageToken {

        private static final String PREFIX = "slsbench-page:";

        static String of(int offset) {
            return java.util.Base64.getEncoder().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
        }

        static int offset(String token, int size) {
            if (token == null || token.isEmpty()) {
                return 0;
            }
            try {
                String decoded = new String(java.util.Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
                if (decoded.startsWith(PREFIX)) {
                    int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
                    if (offset >= 0 && offset <= size) {
                        return offset;
                    }
                }
            } catch (IllegalArgumentException e) {
                // falls through to the error below
            }
            throw new PriceListException("InvalidNextTokenException", "NextToken " + token + " is not valid");
        }
    }
}
