package dev.slsbench.emulator.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.LocalSageMaker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.pricing.model.AttributeValue;
import software.amazon.awssdk.services.pricing.model.DescribeServicesResponse;
import software.amazon.awssdk.services.pricing.model.Filter;
import software.amazon.awssdk.services.pricing.model.FilterType;
import software.amazon.awssdk.services.pricing.model.GetProductsResponse;
import software.amazon.awssdk.services.pricing.model.InvalidNextTokenException;
import software.amazon.awssdk.services.pricing.model.InvalidParameterException;

/** The AWS SDK for Java v2 {@link PricingClient} against the emulator's Price List API. */
class PriceListSdkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
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
    void getProductsAnswersProductDocumentsWithOnDemandPrices() throws Exception {
        GetProductsResponse response = pricing.getProducts(request -> request.serviceCode("AmazonSageMaker")
                .formatVersion("aws_v1")
                .filters(term("regionCode", "us-east-1"), term("productFamily", "ML Serverless"),
                        term("usagetype", "USE1-ServerlessInf:Mem-2GB")));

        assertThat(response.formatVersion()).isEqualTo("aws_v1");
        assertThat(response.priceList()).hasSize(1);
        JsonNode product = JSON.readTree(response.priceList().get(0));
        assertThat(product.at("/product/attributes/usagetype").asText()).isEqualTo("USE1-ServerlessInf:Mem-2GB");
        assertThat(product.at("/product/attributes/servicecode").asText()).isEqualTo("AmazonSageMaker");
        JsonNode term = product.at("/terms/OnDemand").elements().next();
        assertThat(term.path("effectiveDate").asText()).startsWith("2026-05-08");
        JsonNode dimension = term.path("priceDimensions").elements().next();
        assertThat(dimension.path("unit").asText()).isEqualTo("Second");
        // AWS sends prices as decimal strings, e.g. "0.0000400000"
        assertThat(dimension.at("/pricePerUnit/USD").isTextual()).isTrue();
        assertThat(new java.math.BigDecimal(dimension.at("/pricePerUnit/USD").asText())).isEqualByComparingTo("0.0000400");
    }

    @Test
    void getProductsServesEveryPriceOfTheRegion() throws Exception {
        List<String> usageTypes = new ArrayList<>();
        for (String document : pricing.getProductsPaginator(request -> request.serviceCode("AmazonSageMaker")
                .filters(term("regionCode", "us-east-1"))).priceList()) {
            usageTypes.add(JSON.readTree(document).at("/product/attributes/usagetype").asText());
        }

        assertThat(usageTypes).filteredOn(u -> u.matches("USE1-ServerlessInf:Mem-\\dGB")).hasSize(6);
        assertThat(usageTypes).contains("USE1-Hst:Data-Bytes-In", "USE1-Hst:Data-Bytes-Out");
        assertThat(usageTypes).filteredOn(u -> u.startsWith("USE1-Host:ml.")).hasSize(3);
    }

    @Test
    void pagesWithMaxResultsAndNextToken() {
        GetProductsResponse first = pricing.getProducts(request -> request.serviceCode("AmazonSageMaker").maxResults(4));
        GetProductsResponse second = pricing.getProducts(request -> request.serviceCode("AmazonSageMaker").maxResults(4)
                .nextToken(first.nextToken()));

        assertThat(first.priceList()).hasSize(4);
        assertThat(first.nextToken()).isNotBlank();
        assertThat(second.priceList()).hasSize(4).doesNotContainAnyElementsOf(first.priceList());
    }

    @Test
    void regionsWithoutPricesAnswerAnEmptyList() {
        GetProductsResponse response = pricing.getProducts(request -> request.serviceCode("AmazonSageMaker")
                .filters(term("regionCode", "sa-east-1")));

        assertThat(response.priceList()).isEmpty();
        assertThat(response.nextToken()).isNull();
    }

    @Test
    void filterTypesBeyondTermMatchAreHonoured() {
        int hosting = pricing.getProducts(request -> request.serviceCode("AmazonSageMaker").filters(
                Filter.builder().type(FilterType.ANY_OF).field("instanceName").value("ml.c5.large,ml.c5.xlarge").build()))
                .priceList().size();
        int containsC5 = pricing.getProducts(request -> request.serviceCode("AmazonSageMaker").filters(
                Filter.builder().type(FilterType.CONTAINS).field("usagetype").value("Host:ml.c5").build()))
                .priceList().size();

        assertThat(hosting).isEqualTo(2);
        assertThat(containsC5).isEqualTo(2);
    }

    @Test
    void describeServicesListsTheAttributesToFilterOn() {
        DescribeServicesResponse response = pricing.describeServices(request -> request.serviceCode("AmazonSageMaker"));

        assertThat(response.services()).singleElement().satisfies(service -> {
            assertThat(service.serviceCode()).isEqualTo("AmazonSageMaker");
            assertThat(service.attributeNames()).contains("regionCode", "usagetype", "productFamily", "group",
                    "operation", "component", "instanceName");
        });
        assertThat(pricing.describeServices(request -> request.serviceCode("AmazonEC2")).services()).isEmpty();
    }

    @Test
    void getAttributeValuesListsTheRegionsPriced() {
        List<String> regions = pricing.getAttributeValues(request -> request.serviceCode("AmazonSageMaker")
                .attributeName("regionCode")).attributeValues().stream().map(AttributeValue::value).toList();

        assertThat(regions).contains("us-east-1").doesNotHaveDuplicates().isSorted();
    }

    @Test
    void badRequestsAreRefusedWithTheParameterNamed() {
        assertThatThrownBy(() -> pricing.getProducts(request -> request.serviceCode("AmazonSageMaker").maxResults(500)))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("MaxResults");
        assertThatThrownBy(() -> pricing.getProducts(request -> request.serviceCode("AmazonSageMaker").nextToken("nope")))
                .isInstanceOf(InvalidNextTokenException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> pricing.getAttributeValues(request -> request.serviceCode("AmazonSageMaker")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("AttributeName");
    }

    private static Filter term(String field, String value) {
        return Filter.builder().type(FilterType.TERM_MATCH).field(field).value(value).build();
    }
}
