package dev.slsbench.cost;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.pricing.model.Filter;
import software.amazon.awssdk.services.pricing.model.FilterType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prices from the AWS Price List Query API: {@code GetProducts} for service {@value #SERVICE_CODE},
 * filtered to one region's serverless-inference and hosting products, turned into a one-region
 * {@link PriceTable}. The same code reads AWS (the API answers in us-east-1, ap-south-1 and
 * eu-central-1, whatever region is benchmarked) and the slsbench emulator, which serves the bundled
 * table in this shape.
 *
 * <p>Three queries, on the attributes AWS's catalogue carries as far as public evidence shows them
 * (the catalogue itself cannot be reached from where slsbench is built; see the emulator's
 * {@code PriceCatalog} for the evidence): product family {@value #SERVERLESS_FAMILY} for compute
 * ({@code <prefix>-ServerlessInf:Mem-<n>GB}) and provisioned concurrency
 * ({@code <prefix>-ProvisionedConcurrency:Usage-<n>GB} per unit provisioned,
 * {@code <prefix>-ProvisionedConcurrency:Mem-<n>GB} for calls it serves), per second; operation
 * {@code Invoke-Endpoint} in groups {@code Hosting:IN}/{@code Hosting:OUT} for data processed, per GB;
 * component {@code Hosting} for real-time instances, per hour. Products are told apart by usage type
 * and group, never by position; one that lacks what it needs is an error naming the product.
 */
public final class PriceListSource {

    /** The Price List service code of SageMaker. */
    public static final String SERVICE_CODE = "AmazonSageMaker";
    /** The product family of serverless inference compute and provisioned concurrency. */
    public static final String SERVERLESS_FAMILY = "ML Serverless";
    private static final Pattern COMPUTE = Pattern.compile("ServerlessInf:Mem-(\\d+)GB$");
    private static final Pattern PC_UNIT = Pattern.compile("ProvisionedConcurrency:Usage-(\\d+)GB$");
    private static final Pattern PC_INFERENCE = Pattern.compile("ProvisionedConcurrency:Mem-(\\d+)GB$");
    /** The toolkit's comparison of serverless memory sizes with real-time instances. */
    private static final Map<Integer, String> TOOLKIT_COMPARABLE = Map.of(1024, "ml.t2.medium", 2048, "ml.t2.medium",
            3072, "ml.c5.large", 4096, "ml.c5.large", 5120, "ml.c5.large", 6144, "ml.c5.xlarge");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final PricingClient pricing;
    private final String endpoint;
    private final Optional<Path> cacheDirectory;
    private final Clock clock;

    /**
     * @param pricing a Price List client (its endpoint is AWS's or the emulator's)
     * @param endpoint where the client points, for the table's {@code source}
     */
    public PriceListSource(PricingClient pricing, String endpoint) {
        this(pricing, endpoint, Optional.empty(), Clock.systemUTC());
    }

    private PriceListSource(PricingClient pricing, String endpoint, Optional<Path> cacheDirectory, Clock clock) {
        this.pricing = pricing;
        this.endpoint = endpoint;
        this.cacheDirectory = cacheDirectory;
        this.clock = clock;
    }

    /**
     * This source with answers kept per region and UTC day in {@code directory}, as
     * {@code <region>-<yyyy-mm-dd>.json} in the price table schema: one GetProducts round per region a day.
     */
    public PriceListSource cachedIn(Path directory, Clock clock) {
        return new PriceListSource(pricing, endpoint, Optional.of(directory), clock);
    }

    /** The user's cache directory for slsbench: {@code $XDG_CACHE_HOME/slsbench}, else {@code ~/.cache/slsbench}. */
    public static Path userCacheDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path root = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg);
        return root.resolve("slsbench");
    }

    /**
     * The prices of {@code region} as the Price List API gives them today.
     *
     * @return empty when the API has no SageMaker serverless prices for the region
     * @throws InvalidPriceTableException naming the product (SKU and usage type) that cannot be read
     */
    public Optional<PriceTable> fetch(String region) {
        if (cacheDirectory.isEmpty()) {
            return fetchNow(region);
        }
        Path cached = cacheDirectory.get().resolve("prices").resolve(region + "-" + LocalDate.now(clock) + ".json");
        if (Files.isRegularFile(cached)) {
            return Optional.of(PriceTable.load(cached));
        }
        Optional<PriceTable> fetched = fetchNow(region);
        fetched.ifPresent(table -> {
            try {
                table.write(cached);
            } catch (IOException e) {
                // a cache that cannot be written only costs another GetProducts round next time
            }
        });
        return fetched;
    }

    private Optional<PriceTable> fetchNow(String region) {
        Map<Integer, BigDecimal> compute = new TreeMap<>();
        Map<Integer, BigDecimal> pcUnit = new TreeMap<>();
        Map<Integer, BigDecimal> pcInference = new TreeMap<>();
        Map<String, InstancePrice> instances = new TreeMap<>();
        BigDecimal dataProcessing = null;
        LocalDate effective = null;
        for (Product product : products(region, filter(FilterType.TERM_MATCH, "productFamily", SERVERLESS_FAMILY))) {
            effective = later(effective, product);
            String usage = product.attribute("usagetype");
            Matcher match;
            if ((match = COMPUTE.matcher(usage)).find()) {
                compute.put(Integer.parseInt(match.group(1)) * 1024, product.usd("Second"));
            } else if ((match = PC_UNIT.matcher(usage)).find()) {
                pcUnit.put(Integer.parseInt(match.group(1)) * 1024, product.usd("Second"));
            } else if ((match = PC_INFERENCE.matcher(usage)).find()) {
                pcInference.put(Integer.parseInt(match.group(1)) * 1024, product.usd("Second"));
            }
        }
        if (compute.isEmpty()) {
            return Optional.empty();
        }
        Map<String, BigDecimal> dataByDirection = new TreeMap<>();
        for (Product product : products(region, filter(FilterType.TERM_MATCH, "operation", "Invoke-Endpoint"),
                filter(FilterType.ANY_OF, "group", "Hosting:IN,Hosting:OUT"))) {
            effective = later(effective, product);
            dataByDirection.put(product.attribute("group"), product.usd("GB"));
        }
        for (Product product : products(region, filter(FilterType.TERM_MATCH, "component", "Hosting"))) {
            // AWS names hosting products "ml.m5.large" or "ml.m5.large-Hosting" depending on the attribute
            String type = product.attribute(product.has("instanceName") ? "instanceName" : "instanceType")
                    .replace("-Hosting", "");
            if (TOOLKIT_COMPARABLE.containsValue(type)) {
                effective = later(effective, product);
                instances.put(type, new InstancePrice(product.usd("Hrs"), product.gib(), product.integer("vCpu")));
            }
        }
        // Data processed is billed in and out at one rate in every region priced so far; the dearer one
        // is used should they ever differ.
        dataProcessing = dataByDirection.values().stream().max(BigDecimal::compareTo).orElse(null);
        if (dataProcessing == null) {
            throw new InvalidPriceTableException(source(region), "no data-processing product (operation Invoke-Endpoint,"
                    + " group Hosting:IN or Hosting:OUT)", null);
        }
        Optional<ProvisionedConcurrencyPrices> pc = pcUnit.isEmpty() && pcInference.isEmpty()
                ? Optional.empty() : Optional.of(new ProvisionedConcurrencyPrices(pcUnit, pcInference));
        Map<Integer, String> comparable = new HashMap<>();
        TOOLKIT_COMPARABLE.forEach((memoryMb, type) -> {
            if (instances.containsKey(type)) {
                comparable.put(memoryMb, type);
            }
        });
        RegionPrices prices = new RegionPrices(compute, dataProcessing, pc, instances, comparable);
        PriceTable table = new PriceTable(PriceTable.SCHEMA_VERSION, "price-list-" + effective, effective, "USD",
                source(region), Map.of(region, prices));
        return Optional.of(PriceTable.validated(table, source(region)));
    }

    private Iterable<Product> products(String region, Filter... filters) {
        List<Filter> all = new ArrayList<>(List.of(filter(FilterType.TERM_MATCH, "regionCode", region)));
        all.addAll(List.of(filters));
        List<Product> products = new ArrayList<>();
        for (String document : pricing.getProductsPaginator(request -> request.serviceCode(SERVICE_CODE)
                .formatVersion("aws_v1").filters(all)).priceList()) {
            products.add(Product.parse(document, endpoint));
        }
        return products;
    }

    private static LocalDate later(LocalDate effective, Product product) {
        return effective == null || product.effectiveDate().isAfter(effective) ? product.effectiveDate() : effective;
    }

    private String source(String region) {
        return "AWS Price List Query API at " + endpoint + " (" + SERVICE_CODE + ", regionCode " + region + ")";
    }

    private static Filter filter(FilterType type, String field, String value) {
        return Filter.builder().type(type).field(field).value(value).build();
    }

    /** One product document of a GetProducts answer, with its single on-demand price dimension. */
    private record Product(String name, JsonNode attributes, JsonNode dimension, LocalDate effectiveDate) {

        static Product parse(String document, String endpoint) {
            JsonNode doc;
            try {
                doc = JSON.readTree(document);
            } catch (JacksonException e) {
                throw new InvalidPriceTableException("Price List answer from " + endpoint,
                        "a PriceList entry is not JSON: " + e.getOriginalMessage(), e);
            }
            JsonNode attributes = doc.path("product").path("attributes");
            String name = "Price List product " + doc.path("product").path("sku").asText("(no sku)") + " ("
                    + attributes.path("usagetype").asText("no usagetype") + ")";
            Iterator<JsonNode> terms = doc.path("terms").path("OnDemand").elements();
            JsonNode term = terms.hasNext() ? terms.next() : null;
            Iterator<JsonNode> dimensions = term == null ? java.util.Collections.emptyIterator()
                    : term.path("priceDimensions").elements();
            if (!attributes.isObject() || !dimensions.hasNext()) {
                throw new InvalidPriceTableException(name, "no product.attributes or terms.OnDemand price dimension", null);
            }
            LocalDate effective;
            try {
                effective = OffsetDateTime.parse(term.path("effectiveDate").asText()).toLocalDate();
            } catch (DateTimeParseException e) {
                throw new InvalidPriceTableException(name, "terms.OnDemand.effectiveDate: "
                        + term.path("effectiveDate") + " is not a timestamp", e);
            }
            return new Product(name, attributes, dimensions.next(), effective);
        }

        boolean has(String attribute) {
            return attributes.hasNonNull(attribute);
        }

        String attribute(String attribute) {
            JsonNode value = attributes.get(attribute);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw new InvalidPriceTableException(name, "product.attributes." + attribute + " is missing", null);
            }
            return value.asText();
        }

        BigDecimal usd(String unit) {
            String actual = dimension.path("unit").asText();
            // AWS writes some per-second units in the plural ("Seconds"), others singular
            if (!unit.equalsIgnoreCase(actual) && !(unit + "s").equalsIgnoreCase(actual)) {
                throw new InvalidPriceTableException(name, "priceDimensions.unit: " + dimension.path("unit")
                        + " is not " + unit, null);
            }
            String text = dimension.path("pricePerUnit").path("USD").asText("");
            try {
                BigDecimal usd = new BigDecimal(text);
                if (usd.signum() < 0) {
                    throw new NumberFormatException("negative");
                }
                return usd;
            } catch (NumberFormatException e) {
                throw new InvalidPriceTableException(name, "priceDimensions.pricePerUnit.USD: \"" + text
                        + "\" is not a price ≥ 0", e);
            }
        }

        double gib() {
            String memory = attribute("memory");
            try {
                return Double.parseDouble(memory.replace(" GiB", "").trim());
            } catch (NumberFormatException e) {
                throw new InvalidPriceTableException(name, "product.attributes.memory: " + memory
                        + " is not a size such as \"4 GiB\"", e);
            }
        }

        int integer(String attribute) {
            String value = attribute(attribute);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new InvalidPriceTableException(name, "product.attributes." + attribute + ": " + value
                        + " is not a whole number", e);
            }
        }
    }
}
