package dev.slsbench.cost;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The prices a run uses and where they came from, chosen once before anything is created, in this
 * order: the user's price table file when it prices the region; the AWS Price List Query API (AWS's,
 * or the emulator's, which serves the bundled table); the bundled table as the offline fallback.
 *
 * @param table the table chosen
 * @param source where its prices come from, e.g. {@code bundled table 2026.1} or
 *        {@code AWS Price List Query API at https://...}
 */
public record RunPrices(PriceTable table, String source) {

    public RunPrices {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(source, "source");
    }

    /** The bundled table, named as such. */
    public static RunPrices bundled() {
        PriceTable bundled = PriceTable.bundled();
        return new RunPrices(bundled, "bundled table " + bundled.version());
    }

    /**
     * Chooses the prices for {@code region}.
     *
     * @param userTable the user's price table file, if any
     * @param live the Price List API, if the run's target has one
     * @param notes receives a sentence for each source that was tried and could not be used
     * @throws InvalidPriceTableException when the user's table or a Price List answer is malformed
     */
    public static RunPrices choose(Optional<Path> userTable, String region, Optional<PriceListSource> live,
                                   Consumer<String> notes) {
        Optional<PriceTable> user = userTable.map(PriceTable::load);
        if (user.isPresent() && user.get().hasRegion(region)) {
            return new RunPrices(PriceTable.bundled().withOverrides(user.get()),
                    "price table file " + userTable.get() + " (version " + user.get().version() + ")");
        }
        user.ifPresent(table -> notes.accept("price table file " + userTable.get() + " has no prices for region " + region));
        if (live.isPresent()) {
            try {
                Optional<PriceTable> fetched = live.get().fetch(region);
                if (fetched.isPresent()) {
                    return new RunPrices(fetched.get(), fetched.get().source());
                }
                notes.accept("the AWS Price List Query API has no SageMaker serverless prices for region " + region);
            } catch (software.amazon.awssdk.core.exception.SdkException e) {
                notes.accept("the AWS Price List Query API could not be reached (" + e.getMessage()
                        + "); using the bundled table");
            }
        }
        RunPrices bundled = bundled();
        PriceTable table = user.map(u -> bundled.table().withOverrides(u)).orElse(bundled.table());
        return new RunPrices(table, user.isPresent() ? "bundled table " + bundled.table().version() + " with "
                + userTable.get() : bundled.source());
    }

    /**
     * These prices, {@code from}'s standing in for {@code to}'s: the table prices {@code to} with
     * {@code from}'s figures, and the source says they are borrowed.
     */
    public RunPrices borrowedFor(String from, String to) {
        PriceTable borrowed = new PriceTable(table.schemaVersion(), table.version(), table.effectiveDate(),
                table.currency(), table.source(), java.util.Map.of(to, table.region(from)));
        return new RunPrices(borrowed, source + ", prices of " + from + " BORROWED for " + to);
    }

    /** Whether the chosen prices cover {@code region}. */
    public boolean prices(String region) {
        return table.hasRegion(region);
    }

    /** The date the prices took effect. */
    public LocalDate effectiveDate() {
        return table.effectiveDate();
    }
}
