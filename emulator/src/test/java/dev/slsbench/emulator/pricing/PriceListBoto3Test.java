package dev.slsbench.emulator.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.LocalSageMaker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * boto3's {@code pricing} client against the emulator: {@code get_products} with a region filter,
 * each {@code PriceList} entry a JSON string the caller decodes, as with AWS. Skips when python3 with
 * boto3 is not installed.
 */
class PriceListBoto3Test {

    private static final String SCRIPT = """
            import boto3, json, sys
            client = boto3.client('pricing', endpoint_url=sys.argv[1], region_name='us-east-1',
                                  aws_access_key_id='dummy', aws_secret_access_key='dummy')
            products = []
            for page in client.get_paginator('get_products').paginate(ServiceCode='AmazonSageMaker',
                    Filters=[{'Type': 'TERM_MATCH', 'Field': 'regionCode', 'Value': 'us-east-1'},
                             {'Type': 'TERM_MATCH', 'Field': 'productFamily', 'Value': 'ML Serverless'}],
                    PaginationConfig={'PageSize': 4}):
                products += [json.loads(item) for item in page['PriceList']]
            values = client.get_attribute_values(ServiceCode='AmazonSageMaker', AttributeName='regionCode')
            print(json.dumps({
                'prices': {p['product']['attributes']['usagetype']:
                           list(list(p['terms']['OnDemand'].values())[0]['priceDimensions'].values())[0]['pricePerUnit']['USD']
                           for p in products},
                'regions': [v['Value'] for v in values['AttributeValues']]}))
            """;

    private LocalSageMaker emulator;

    @BeforeEach
    void start() throws Exception {
        emulator = LocalSageMaker.start(EmulatorOptions.builder().port(0).build());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void boto3GetProductsPagesThroughTheServerlessPrices() throws Exception {
        assumeTrue(boto3Installed(), "python3 with boto3 is not installed");

        Process process = python(List.of("python3", "-c", SCRIPT, emulator.endpointUrl().toString()));
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(err).isZero();

        JsonNode result = new ObjectMapper().readTree(out);
        List<String> usageTypes = new java.util.ArrayList<>();
        result.path("prices").fieldNames().forEachRemaining(usageTypes::add);
        assertThat(usageTypes).filteredOn(u -> u.contains("-ServerlessInf:Mem-")).hasSize(6);
        assertThat(new java.math.BigDecimal(result.at("/prices/USE1-ProvisionedConcurrency:Usage-2GB").asText()))
                .isEqualByComparingTo("0.0000100");
        assertThat(new java.math.BigDecimal(result.at("/prices/USE1-ServerlessInf:Mem-1GB").asText())).isEqualByComparingTo("0.0000200");
        assertThat(new java.math.BigDecimal(result.at("/prices/USE1-ServerlessInf:Mem-6GB").asText())).isEqualByComparingTo("0.0001200");
        assertThat(result.path("regions").toString()).contains("us-east-1");
    }

    private static boolean boto3Installed() throws InterruptedException {
        try {
            Process probe = python(List.of("python3", "-c", "import boto3"));
            return probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Process python(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("AWS_"));
        environment.put("AWS_CONFIG_FILE", "/dev/null");
        environment.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        environment.put("AWS_EC2_METADATA_DISABLED", "true");
        return builder.start();
    }
}
