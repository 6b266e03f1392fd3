package dev.slsbench.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.LocalSageMaker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Answers;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.pricing.model.GetProductsRequest;
import software.amazon.awssdk.services.pricing.model.GetProductsResponse;

/** {@link PriceListSource} through the SDK's {@link PricingClient} against the emulator's Price List API. */
class PriceListSourceTest {

    private static LocalSageMaker emulator;
    private static PricingClient pricing;

    @BeforeAll
    static void start() throws Exception {
        emulator = LocalSageMaker.start(EmulatorOptions.builder().port(0).build());
        pricing = PricingClient.builder().endpointOverride(emulator.endpointUrl()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dummy", "dummy")))
                .httpClientBuilder(ApacheHttpClient.builder()).build();
    }

    @AfterAll
    static void stop() {
        pricing.close();
        emulator.close();
    }

    @Test
    void getProductsParsesIntoTheSamePricesTheBundleGives() {
        PriceTable live = new PriceListSource(pricing, emulator.endpointUrl().toString()).fetch("us-east-1").orElseThrow();

        assertThat(live.region("us-east-1")).isEqualTo(PriceTable.bundled().region("us-east-1"));
        assertThat(live.effectiveDate()).isEqualTo(LocalDate.of(2026, 5, 8));
        assertThat(live.source()).contains("AWS Price List Query API", emulator.endpointUrl().toString(), "us-east-1");
    }

    @Test
    void cachedAnswersAreKeptPerRegionAndDay(@TempDir Path cache) {
        Clock day1 = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        PriceTable fetched = new PriceListSource(pricing, "emulator").cachedIn(cache, day1).fetch("us-east-1").orElseThrow();
        PricingClient unreachable = answering("not json");

        PriceTable sameDay = new PriceListSource(unreachable, "emulator").cachedIn(cache, day1).fetch("us-east-1")
                .orElseThrow();

        assertThat(cache.resolve("prices/us-east-1-2026-03-01.json")).isRegularFile();
        assertThat(sameDay).isEqualTo(fetched);
        Clock day2 = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
        assertThatThrownBy(() -> new PriceListSource(unreachable, "emulator").cachedIn(cache, day2).fetch("us-east-1"))
                .isInstanceOf(InvalidPriceTableException.class).hasMessageContaining("not JSON");
    }

    @Test
    void aRegionThePriceListDoesNotPriceIsEmpty() {
        assertThat(new PriceListSource(pricing, "emulator").fetch("sa-east-1")).isEmpty();
    }

    @Test
    void aProductWithoutAPriceIsRejectedNamingIt() {
        PricingClient broken = answering("""
                {"product":{"sku":"ABC","productFamily":"ML Serverless","attributes":{
                 "usagetype":"USE1-ServerlessInf:Mem-1GB","regionCode":"us-east-1"}},
                 "terms":{"OnDemand":{"ABC.T":{"effectiveDate":"2024-01-01T00:00:00Z","priceDimensions":
                 {"ABC.T.R":{"unit":"Second","pricePerUnit":{"USD":"free"}}}}}}}""");

        assertThatThrownBy(() -> new PriceListSource(broken, "aws").fetch("us-east-1"))
                .isInstanceOf(InvalidPriceTableException.class)
                .hasMessageContaining("Price List product ABC (USE1-ServerlessInf:Mem-1GB)")
                .hasMessageContaining("pricePerUnit.USD: \"free\"");
    }

    @Test
    void aProductWithoutItsUsageTypeIsRejectedNamingIt() {
        PricingClient broken = answering("""
                {"product":{"sku":"XYZ","productFamily":"ML Serverless","attributes":{"regionCode":"us-east-1"}},
                 "terms":{"OnDemand":{"XYZ.T":{"effectiveDate":"2024-01-01T00:00:00Z","priceDimensions":
                 {"XYZ.T.R":{"unit":"Second","pricePerUnit":{"USD":"0.00002"}}}}}}}""");

        assertThatThrownBy(() -> new PriceListSource(broken, "aws").fetch("us-east-1"))
                .isInstanceOf(InvalidPriceTableException.class)
                .hasMessageContaining("Price List product XYZ")
                .hasMessageContaining("product.attributes.usagetype is missing");
    }

    @Test
    void anIncompleteRegionIsRejectedNamingWhatIsMissing() {
        PricingClient partial = answering("""
                {"product":{"sku":"ONE","productFamily":"ML Serverless","attributes":{
                 "usagetype":"USE1-ServerlessInf:Mem-1GB","regionCode":"us-east-1"}},
                 "terms":{"OnDemand":{"ONE.T":{"effectiveDate":"2024-01-01T00:00:00Z","priceDimensions":
                 {"ONE.T.R":{"unit":"Second","pricePerUnit":{"USD":"0.00002"}}}}}}}""");

        assertThatThrownBy(() -> new PriceListSource(partial, "aws").fetch("us-east-1"))
                .isInstanceOf(InvalidPriceTableException.class)
                .hasMessageContaining("AWS Price List Query API at aws")
                .hasMessageContaining("no data-processing product (operation Invoke-Endpoint");
    }

    /**
     * A client whose GetProducts answers the serverless query (product family ML Serverless) with one page
     * holding {@code document} and every other query with none: malformed answers AWS does not send on purpose.
     */
    private static PricingClient answering(String document) {
        PricingClient client = mock(PricingClient.class, withSettings().defaultAnswer(Answers.CALLS_REAL_METHODS));
        doAnswer(call -> {
            GetProductsRequest request = call.getArgument(0);
            boolean serverless = request.filters().stream().anyMatch(f -> f.field().equals("productFamily"));
            return GetProductsResponse.builder().formatVersion("aws_v1")
                    .priceList(serverless ? List.of(document) : List.of()).build();
        }).when(client).getProducts(any(GetProductsRequest.class));
        return client;
    }
}
