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
 * <p>Every product carries {@code regionCode}, {@code location}, {@code usagetype}, {@code productFamily}
 * and a {@code component} naming what is priced: {@value #SERVERLESS} (compute per second, by
 * {@code memory} such as {@code 2 GB}), {@value #DATA_PROCESSING} (per GB in and out),
 * {@value #PROVISIONED_CONCURRENCY} (per second per provisioned unit, by memory),
 * {@value #INFERENCE_WITH_PC} (compute per second of calls served by provisioned concurrency, by
 * memory) and {@value #HOSTING} (a real-time instance per hour, with {@code instanceName},
 * {@code vCpu} and {@code memory} such as {@code 4 GiB}). Usage types follow AWS's
 * {@code <billing prefix>-<usage>} naming; the attribute set is slsbench's model of the
 * AmazonSageMaker catalogue, and the framework's live price source reads exactly these attributes.
 */
public final class PriceCatalog {

    /** The service code of every product served. */
    public static final String SERVICE_CODE = "AmazonSageMaker";
    /** The bundled table the catalogue is built from; the framework's {@code PriceTable.BUNDLED_VERSION}. */
    public static final String BUNDLED_TABLE = "prices-2022.1.json";
    static final String SERVERLESS = "ServerlessInference";
    static final String DATA_PROCESSING = "ServerlessInferenceDataProcessing";
    static final String PROVISIONED_CONCURRENCY = "ServerlessInferenceProvisionedConcurrency";
    static final String INFERENCE_WITH_PC = "ServerlessInferenceWithProvisionedConcurrency";
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
            prices.path("serverlessComputeUsdPerSecond").fields().forEachRemaining(e -> memoryProduct(SERVERLESS,
                    "ServerlessInf", e.getKey(), e.getValue(), "per second of serverless inference"));
            JsonNode pc = prices.path("provisionedConcurrency");
            pc.path("usdPerSecond").fields().forEachRemaining(e -> memoryProduct(PROVISIONED_CONCURRENCY,
                    "ServerlessInf-PC", e.getKey(), e.getValue(), "per second of provisioned concurrency per unit"));
            pc.path("inferenceUsdPerSecond").fields().forEachRemaining(e -> memoryProduct(INFERENCE_WITH_PC,
                    "ServerlessInf-PCInf", e.getKey(), e.getValue(),
                    "per second of inference served by provisioned concurrency"));
            if (prices.hasNonNull("dataProcessingUsdPerGb")) {
                Map<String, String> attributes = base("ML Serverless Inference", DATA_PROCESSING,
                        "ServerlessInf:DataProcessing-GB");
                into.add(new PriceProduct(SERVICE_CODE, attributes, "GB", prices.get("dataProcessingUsdPerGb").decimalValue(),
                        "USD per GB of data processed in and out by serverless inference in " + region, effective));
            }
            prices.path("instances").fields().forEachRemaining(e -> {
                String type = e.getKey();
                JsonNode instance = e.getValue();
                Map<String, String> attributes = base("ML Instance", HOSTING, "Host:" + type);
                attributes.put("instanceName", type);
                attributes.put("vCpu", instance.path("vcpus").asText());
                attributes.put("memory", plain(instance.path("memoryGib").decimalValue()) + " GiB");
                attributes.put("operation", "RunInstance");
                into.add(new PriceProduct(SERVICE_CODE, attributes, "Hrs", instance.path("usdPerHour").decimalValue(),
                        "USD per hour of real-time hosting on " + type + " in " + region, effective));
            });
        }

        private void memoryProduct(String component, String usage, String memoryMb, JsonNode price, String what) {
            int gb = Integer.parseInt(memoryMb) / 1024;
            Map<String, String> attributes = base("ML Serverless Inference", component, usage + ":Mem-" + gb + "GB");
            attributes.put("memory", gb + " GB");
            into.add(new PriceProduct(SERVICE_CODE, attributes, "Second", price.decimalValue(),
                    "USD " + what + " at " + gb + " GB in " + region, effective));
        }

        private Map<String, String> base(String family, String component, String usage) {
            Map<String, String> attributes = new HashMap<>();
            attributes.put("productFamily", family);
            attributes.put("component", component);
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
