package dev.slsbench.cli;

import dev.slsbench.emulator.EmulatorOptions;
import dev.slsbench.emulator.LocalSageMaker;
import dev.slsbench.provision.AwsTarget;
import dev.slsbench.provision.SlsbenchTags;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.ContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.EndpointConfigSummary;
import software.amazon.awssdk.services.sagemaker.model.EndpointSummary;
import software.amazon.awssdk.services.sagemaker.model.ModelSummary;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariant;
import software.amazon.awssdk.services.sagemaker.model.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * An emulator a test starts itself, outside the command under test, with a real
 * {@link SageMakerClient} on it to see what the command created and left behind.
 */
final class TestEmulator implements AutoCloseable {

    private final LocalSageMaker emulator;
    private final SageMakerClient sageMaker;

    private TestEmulator(LocalSageMaker emulator) {
        this.emulator = emulator;
        this.sageMaker = SageMakerClient.builder().endpointOverride(emulator.endpointUrl()).region(Region.US_EAST_1)
                .credentialsProvider(AwsTarget.dummyCredentials()).build();
    }

    static TestEmulator start() {
        return start(options -> options);
    }

    static TestEmulator start(java.util.function.UnaryOperator<EmulatorOptions.Builder> options) {
        try {
            return new TestEmulator(LocalSageMaker.start(options.apply(EmulatorOptions.builder()).build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return emulator.endpointUrl().toString();
    }

    SageMakerClient sageMaker() {
        return sageMaker;
    }

    void createModel(String name, String image, Map<String, String> environment) {
        sageMaker.createModel(r -> r.modelName(name).executionRoleArn(ModelFromImage.LOCAL_ROLE_ARN)
                .primaryContainer(ContainerDefinition.builder().image(image).environment(environment).build()));
    }

    List<String> endpoints() {
        return sageMaker.listEndpointsPaginator(r -> { }).endpoints().stream().map(EndpointSummary::endpointName).toList();
    }

    List<String> endpointConfigs() {
        return sageMaker.listEndpointConfigsPaginator(r -> { }).endpointConfigs().stream()
                .map(EndpointConfigSummary::endpointConfigName).toList();
    }

    List<String> models() {
        return sageMaker.listModelsPaginator(r -> { }).models().stream().map(ModelSummary::modelName).toList();
    }

    /** Creates an endpoint config and endpoint tagged as run {@code runId} would tag them, or untagged. */
    String createEndpoint(String name, String model, String runId) {
        List<Tag> tags = runId == null ? List.of() : SlsbenchTags.forResource(runId, "s1024");
        sageMaker.createEndpointConfig(r -> r.endpointConfigName(name + "-cfg").tags(tags)
                .productionVariants(ProductionVariant.builder().variantName("variant1").modelName(model)
                        .serverlessConfig(s -> s.memorySizeInMB(1024).maxConcurrency(1)).build()));
        sageMaker.createEndpoint(r -> r.endpointName(name).endpointConfigName(name + "-cfg").tags(tags));
        return name;
    }

    @Override
    public void close() {
        sageMaker.close();
        emulator.close();
    }
}
