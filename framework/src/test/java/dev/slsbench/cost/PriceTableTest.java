package dev.slsbench.cost;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceTableTest {

    @TempDir
    Path dir;

    @Test
    void bundlesTheUsEast1PricesThatCouldBeSourcedSayingWhereEachCameFrom() {
        PriceTable table = PriceTable.bundled();

        assertThat(table.version()).isEqualTo("2026.1");
        assertThat(table.schemaVersion()).isEqualTo(1);
        assertThat(table.effectiveDate()).isEqualTo(LocalDate.of(2026, 5, 8));
        assertThat(table.source()).contains("infracost", "sm-serverless-benchmarking", "2022-04-21", "left out");
        assertThat(table.regions()).containsOnlyKeys("us-east-1");
        RegionPrices usEast1 = table.region("us-east-1");
        assertThat(usEast1.computeUsdPerSecond(2048)).isEqualByComparingTo("0.0000400");
        assertThat(usEast1.provisionedConcurrency()).hasValueSatisfying(pc -> {
            assertThat(pc.usdPerSecond()).containsOnlyKeys(2048);
            assertThat(pc.usdPerSecond().get(2048)).isEqualByComparingTo("0.0000100");
            assertThat(pc.inferenceUsdPerSecond().get(2048)).isEqualByComparingTo("0.0000233");
        });
    }

    @Test
    void namesThePricedRegionsWhenOneIsMissing() {
        assertThatThrownBy(() -> PriceTable.bundled().region("eu-west-1"))
                .hasMessageContaining("no prices for region eu-west-1 (priced: us-east-1)");
    }

    @Test
    void addsAndReplacesRegionsFromAUserTable() throws Exception {
        PriceTable user = PriceTable.load(Path.of(PriceTableTest.class.getResource("/prices/with-provisioned-concurrency.json").toURI()));

        PriceTable merged = PriceTable.bundled().withOverrides(user);

        assertThat(merged.regions()).containsOnlyKeys("eu-test-1", "us-east-1");
        assertThat(merged.version()).isEqualTo("2026.1+test.1");
        assertThat(merged.region("eu-test-1").provisionedConcurrency()).isPresent();
    }

    @Test
    void picksTheCheapestInstanceWithEnoughMemoryWhenTheMappingIsSilent() throws Exception {
        RegionPrices prices = PriceTable.load(Path.of(PriceTableTest.class.getResource("/prices/with-provisioned-concurrency.json").toURI()))
                .region("eu-test-1");

        assertThat(prices.comparableInstanceType(2048)).contains("ml.small");
        assertThat(prices.comparableInstanceType(6144)).contains("ml.medium");
    }

    @Test
    void rejectsATableMissingAMemorySizeNamingTheField() throws IOException {
        String json = Files.readString(Path.of("src/main/resources/dev/slsbench/cost/prices-2026.1.json"))
                .replace("\"3072\": 0.0000600,", "");
        Path file = Files.writeString(dir.resolve("prices.json"), json);

        assertThatThrownBy(() -> PriceTable.load(file))
                .isInstanceOf(InvalidPriceTableException.class)
                .hasMessage(file + ": regions.us-east-1.serverlessComputeUsdPerSecond: no price for 3072 MB");
    }

    @Test
    void rejectsAnUnknownInstanceInTheMapping() throws IOException {
        String json = Files.readString(Path.of("src/main/resources/dev/slsbench/cost/prices-2026.1.json"))
                .replace("\"6144\": \"ml.c5.xlarge\"", "\"6144\": \"ml.nope\"");
        Path file = Files.writeString(dir.resolve("prices.json"), json);

        assertThatThrownBy(() -> PriceTable.load(file))
                .hasMessageContaining("regions.us-east-1.comparableInstanceByMemoryMb.6144: ml.nope is not among the instances");
    }

    @Test
    void rejectsMalformedJsonAndUnknownFields() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schemaVersion\": 1,");
        Path unknown = Files.writeString(dir.resolve("unknown.json"),
                Files.readString(Path.of("src/main/resources/dev/slsbench/cost/prices-2026.1.json"))
                        .replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"colour\": \"red\","));

        assertThatThrownBy(() -> PriceTable.load(broken)).isInstanceOf(InvalidPriceTableException.class)
                .hasMessageStartingWith(broken + ": not a price table");
        assertThatThrownBy(() -> PriceTable.load(unknown)).hasMessageStartingWith(unknown + ": not a price table").hasMessageContaining("colour");
    }
}
