package dev.slsbench.cost;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Prices as data, not code: a versioned JSON document with per-region serverless compute prices
 * per memory size, provisioned-concurrency prices, data-processing price per GB and real-time
 * instance prices. The bundled table, {@code dev/slsbench/cost/prices-<version>.json}, holds the
 * us-east-1 figures that could be sourced, each with its origin in the table's {@code source}; users
 * supply their own file (same schema) to replace or add regions with {@link #withOverrides(PriceTable)}.
 *
 * @param schemaVersion the document schema, {@value #SCHEMA_VERSION}
 * @param version the table's own version, e.g. {@code 2026.1}
 * @param effectiveDate the date the prices were taken
 * @param currency always {@code USD}
 * @param source where the prices come from
 * @param regions prices by region name, e.g. {@code us-east-1}
 */
public record PriceTable(int schemaVersion, String version, LocalDate effectiveDate, String currency, String source,
                         Map<String, RegionPrices> regions) {

    /** The schema version this code reads. */
    public static final int SCHEMA_VERSION = 1;
    /** The version of the bundled table. */
    public static final String BUNDLED_VERSION = "2026.1";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    public PriceTable {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(regions, "regions");
        regions = java.util.Collections.unmodifiableMap(new TreeMap<>(regions));
    }

    /** The table shipped with slsbench (version {@value #BUNDLED_VERSION}). */
    public static PriceTable bundled() {
        String resource = "prices-" + BUNDLED_VERSION + ".json";
        try (InputStream in = PriceTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled price table " + resource + " is missing from the classpath");
            }
            return read(in, "dev/slsbench/cost/" + resource);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled price table " + resource, e);
        }
    }

    /**
     * Reads a user price table.
     *
     * @throws InvalidPriceTableException naming the file and problem
     */
    public static PriceTable load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new InvalidPriceTableException(file.toString(), "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a price table from a stream.
     *
     * @param sourceName the file or resource name used in error messages
     * @throws InvalidPriceTableException naming the source and problem
     */
    public static PriceTable read(InputStream in, String sourceName) throws IOException {
        PriceTable table;
        try {
            table = JSON.readValue(in, PriceTable.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new InvalidPriceTableException(sourceName, "not a price table: " + e.getOriginalMessage(), e);
        }
        return validated(table, sourceName);
    }

    /** {@code table} when it is usable, else an {@link InvalidPriceTableException} naming every problem. */
    static PriceTable validated(PriceTable table, String sourceName) {
        List<String> problems = table.problems();
        if (!problems.isEmpty()) {
            throw new InvalidPriceTableException(sourceName, String.join("; ", problems), null);
        }
        return table;
    }

    /** Writes this table to {@code file} in its own schema (parent folders created), readable with {@link #load}. */
    public void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        JSON.copy().disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), this);
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** This table with {@code overrides}' regions replacing or adding to its own; version joined. */
    public PriceTable withOverrides(PriceTable overrides) {
        Map<String, RegionPrices> merged = new LinkedHashMap<>(regions);
        merged.putAll(overrides.regions);
        return new PriceTable(SCHEMA_VERSION, version + "+" + overrides.version, overrides.effectiveDate, currency,
                source + " Overridden by: " + overrides.source, merged);
    }

    /**
     * The prices of {@code region}.
     *
     * @throws IllegalArgumentException naming the priced regions when the table lacks it
     */
    public RegionPrices region(String region) {
        RegionPrices prices = regions.get(region);
        if (prices == null) {
            throw new IllegalArgumentException("price table " + version + " has no prices for region " + region
                    + " (priced: " + String.join(", ", regions.keySet()) + "); supply a price table file for it");
        }
        return prices;
    }

    /** Whether the table prices {@code region}. */
    public boolean hasRegion(String region) {
        return regions.containsKey(region);
    }

    private List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (schemaVersion != SCHEMA_VERSION) {
            problems.add("schemaVersion: " + schemaVersion + " is not " + SCHEMA_VERSION);
        }
        if (!"USD".equals(currency)) {
            problems.add("currency: " + currency + " is not USD");
        }
        regions.forEach((name, prices) -> {
            String at = "regions." + name + ".";
            for (int memoryMb : List.of(1024, 2048, 3072, 4096, 5120, 6144)) {
                if (!prices.serverlessComputeUsdPerSecond().containsKey(memoryMb)) {
                    problems.add(at + "serverlessComputeUsdPerSecond: no price for " + memoryMb + " MB");
                }
            }
            prices.serverlessComputeUsdPerSecond().forEach((memoryMb, price) -> nonNegative(problems,
                    at + "serverlessComputeUsdPerSecond." + memoryMb, price));
            nonNegative(problems, at + "dataProcessingUsdPerGb", prices.dataProcessingUsdPerGb());
            prices.comparableInstanceByMemoryMb().forEach((memoryMb, type) -> {
                if (!prices.instances().containsKey(type)) {
                    problems.add(at + "comparableInstanceByMemoryMb." + memoryMb + ": " + type
                            + " is not among the instances " + prices.instances().keySet());
                }
            });
        });
        return problems;
    }

    private static void nonNegative(List<String> problems, String field, BigDecimal value) {
        if (value == null || value.signum() < 0) {
            problems.add(field + ": " + value + " is not a price ≥ 0");
        }
    }
}
