package dev.slsbench.emulator.pricing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The products the emulator's Price List API serves, built from slsbench's bundled price table. The
 * table's one source file lives in the framework ({@code dev/slsbench/cost/prices-<version>.json});
 * the emulator's build copies it unchanged into this package's resources, because the emulator must
 * not depend on the framework.
 *
 * <p>Products carry the attributes real clients filter on in AWS's AmazonSageMaker catalogue, as far as
 * public evidence shows them (AWS's own catalogue cannot be reached from here):
 * <ul>
 * <li>serverless compute: product family {@value #SERVERLESS_FAMILY}, usage type
 *     {@code <prefix>-ServerlessInf:Mem-<n>GB}, per second (the usage type shape and family are what
 *     published Price List readers match, e.g. infracost's SageMaker resource and tools that read the
 *     AmazonSageMaker bulk offer file, quoting {@code EU-ServerlessInf:Mem-4GB});</li>
 * <li>provisioned concurrency: the same family, {@code group} {@value #PC_USAGE_GROUP} with usage type
 *     {@code <prefix>-ProvisionedConcurrency:Usage-<n>GB} (per second per unit provisioned), and
 *     {@value #PC_DURATION_GROUP} with {@code <prefix>-ProvisionedConcurrency:Mem-<n>GB} (per second of
 *     calls served by it): the groups and usage types infracost's SageMaker pricing matches;</li>
 * <li>data processed: {@code operation} {@value #INVOKE_ENDPOINT}, {@code group} {@code Hosting:IN} or
 *     {@code Hosting:OUT}, usage types {@code <prefix>-Hst:Data-Bytes-In}/{@code -Out}, per GB;</li>
 * <li>real-time hosting: product family {@code ML Instance}, {@code component} {@value #HOSTING},
 *     {@code instanceName}, {@code vCpu} and {@code memory} such as {@code 4 GiB}, per hour.</li>
 * </ul>
 * The framework's live price source reads exactly these attributes, so the code the tests run is the
 * code that reads AWS.
 */
public final class PriceCatalog {

    /** The service code of every product served. */
    public static final String SERVICE_CODE = "AmazonSageMaker";
    /** The bundled table the catalogue is built from; the framework's {@code PriceTable.BUNDLED_VERSION}. */
    public static final String BUNDLED_TABLE = "prices-2026.1.json";
    static final String SERVERLESS_FAMILY = "ML Serverless";
    static final String PC_USAGE_GROUP = "ServerlessProvisionedConcurrency-Usage";
    static final String PC_DURATION_GROUP = "ServerlessProvisionedConcurrency-Duration";
    static final String INVOKE_ENDPOINT = "Invoke-Endpoint";
    static final String HOSTING = "Hosting";

    /** AWS's billing prefixes of usage types, where known; other regions use the region code. */
    private static final Map<String, String> BILLING_PREFIX = Map.ofEntries(
            Map.entry("us-east-1", "USE1"), Map.entry("us-east-2", "USE2"), Map.entry("us-west-1", "USW1"),
            Map.entry("us-west-2", "USW2"), Map.entry("eu-west-1", "EU"), Map.entry("eu-west-2", "EUW2"),
            Map.entry("eu-central-1", "EUC1"), Map.entry("ap-northeast-1", "APN1"),
            Map.entry("ap-southeast-1", "APS1"), Map.entry("ap-southeast-2", "APS2"), Map.entry("ap-south-1", "APS3"));
    private static final Map<String, String> LOCATION = Map.ofEntries(
            Map.entry("us-east-1", "US East (N. Virginia)"), Map.entry("us-east-2", "US East (Ohio)"),
            Map.entry("us-west-1", "US West (N. California)"), Map.entry("us-west-2", "US West (Oregon)"),
            Map.entry("eu-west-1", "EU (Ireland)"), Map.entry("eu-west-2", "EU (London)"),
            Map.entry("eu-central-1", "EU (Frankfurt)"), Map.entry("ap-northeast-1", "Asia Pacific (Tokyo)"),
            Map.entry("ap-southeast-1", "Asia Pacific (Singapore)"), Map.entry("ap-southeast-2", "Asia Pacific (Sydney)"),
            Map.entry("ap-south-1", "Asia Pacific (Mumbai)"));

    private final List<PriceProduct> products;

    private PriceCatalog(List<PriceProduct> products) {
        this.products = List.copyOf(products);
    }

    /** The catalogue of the bundled table. */
    public static PriceCatalog bundled() {
        try (InputStream in = PriceCatalog.class.getResourceAsStream(BUNDLED_TABLE)) {
            if (in == null) {
                throw new IllegalStateException("bundled price table " + BUNDLED_TABLE + " is missing from the emulator's"
                        + " classpath (the build copies it from the framework's resources)");
            }
            // Prices keep their written digits ("0.0000200"), so that a client reads back exactly the table's figures.
            return fromTable(JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled price table " + BUNDLED_TABLE, e);
        }
    }

    /** The catalogue of a price table document in the framework's schema. */
    static PriceCatalog fromTable(JsonNode table) {
        LocalDate effective = LocalDate.parse(table.path("effectiveDate").asText());
        List<PriceProduct> products = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> regions = table.path("regions").fields(); regions.hasNext(); ) {
            Map.Entry<String, JsonNode> region = regions.next();
            new RegionProducts(region.getKey(), effective, products).add(region.getValue());
        }
        return new PriceCatalog(products);
    }

    List<PriceProduct> products() {
        return products;
    }

    /** Every attribute name some product has, sorted. */
    List<String> attributeNames() {
        TreeSet<String> names = new TreeSet<>();
        products.forEach(p -> names.addAll(p.attributes().keySet()));
        names.add("servicecode");
        return List.copyOf(names);
    }

    /** Every value of an attribute across the catalogue, sorted. */
    List<String> attributeValues(String attribute) {
        TreeSet<String> values = new TreeSet<>();
        for (PriceProduct product : products) {
            String value = "servicecode".equals(attribute) ? product.serviceCode() : product.attributes().get(attribute);
            if (value != null) {
                values.add(value);
            }
        }
        return List.copyOf(values);
    }

    /** Builds the products of one region of the table. */
    private record RegionProducts(String region, LocalDate effective, List<PriceProduct> into) {

        void add(JsonNode prices) {
            prices.path("serverlessComputeUsdPerSecond").fields().forEachRemaining(e -> memoryProduct(null,
                    "ServerlessInf:Mem-", e.getKey(), e.getValue(), "per second of serverless inference"));
            JsonNode pc = prices.path("provisionedConcurrency");
            pc.path("usdPerSecond").fields().forEachRemaining(e -> memoryProduct(PC_USAGE_GROUP,
                    "ProvisionedConcurrency:Usage-", e.getKey(), e.getValue(),
                    "per second of provisioned concurrency per unit"));
            pc.path("inferenceUsdPerSecond").fields().forEachRemaining(e -> memoryProduct(PC_DURATION_GROUP,
                    "ProvisionedConcurrency:Mem-", e.getKey(), e.getValue(),
                    "per second of inference served by provisioned concurrency"));
            if (prices.hasNonNull("dataProcessingUsdPerGb")) {
                for (String direction : List.of("IN", "OUT")) {
                    String bytes = direction.equals("IN") ? "In" : "Out";
                    Map<String, String> attributes = base(null, "Hst:Data-Bytes-" + bytes);
                    attributes.put("group", "Hosting:" + direction);
                    attributes.put("operation", INVOKE_ENDPOINT);
                    into.add(new PriceProduct(SERVICE_CODE, attributes, "GB",
                            prices.get("dataProcessingUsdPerGb").decimalValue(),
                            "USD per GB of endpoint data " + direction + " in " + region, effective));
                }
            }
            prices.path("instances").fields().forEachRemaining(e -> {
                String type = e.getKey();
                JsonNode instance = e.getValue();
                Map<String, String> attributes = base("ML Instance", "Host:" + type);
                attributes.put("component", HOSTING);
                attributes.put("instanceName", type);
                attributes.put("vCpu", instance.path("vcpus").asText());
                attributes.put("memory", plain(instance.path("memoryGib").decimalValue()) + " GiB");
                attributes.put("operation", "RunInstance");
                into.add(new PriceProduct(SERVICE_CODE, attributes, "Hrs", instance.path("usdPerHour").decimalValue(),
                        "USD per hour of real-time hosting on " + type + " in " + region, effective));
            });
        }

        private void memoryProduct(String group, String usage, String memoryMb, JsonNode price, String what) {
            int gb = Integer.parseInt(memoryMb) / 1024;
            Map<String, String> attributes = base(SERVERLESS_FAMILY, usage + gb + "GB");
            if (group != null) {
                attributes.put("group", group);
            }
            into.add(new PriceProduct(SERVICE_CODE, attributes, "Second", price.decimalValue(),
                    "USD " + what + " at " + gb + " GB in " + region, effective));
        }

        private Map<String, String> base(String family, String usage) {
            Map<String, String> attributes = new HashMap<>();
            if (family != null) {
                attributes.put("productFamily", family);
            }
            attributes.put("regionCode", region);
            attributes.put("locationType", "AWS Region");
            attributes.put("usagetype", BILLING_PREFIX.getOrDefault(region, region.toUpperCase(java.util.Locale.ROOT))
                    + "-" + usage);
            String location = LOCATION.get(region);
            if (location != null) {
                attributes.put("location", location);
            }
            return attributes;
        }

        private static String plain(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }
}
