package dev.slsbench.bench;

import dev.slsbench.provision.AwsClients;
import dev.slsbench.provision.AwsTarget;
import dev.slsbench.provision.DeployedEndpoint;
import dev.slsbench.provision.EndpointProvisioner;
import dev.slsbench.provision.EndpointRequest;
import dev.slsbench.provision.ProvisioningListener;
import dev.slsbench.provision.ResourceNames;
import dev.slsbench.provision.Teardown;
import dev.slsbench.plan.EndpointShape;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The harness benchmarks' target: an emulator URL and one {@code slsbench/echo} endpoint deployed through it. */
final class BenchEndpoints {

    private BenchEndpoints() {
    }

    static AwsTarget target(URI url) {
        return AwsTarget.builder().endpointUrl(url).credentialsProvider(AwsTarget.dummyCredentials()).build();
    }

    /** Creates the model {@code echo} (once per emulator) and deploys one endpoint of {@code shape} on it. */
    static DeployedEndpoint deployEcho(AwsClients aws, AwsTarget target, Teardown teardown, EndpointShape shape)
            throws InterruptedException {
        if (aws.sageMaker().listModels(m -> m.nameContains("echo")).models().isEmpty()) {
            aws.sageMaker().createModel(m -> m.modelName("echo").executionRoleArn("arn:aws:iam::000000000000:role/bench")
                    .primaryContainer(c -> c.image("slsbench/echo").environment(Map.of())));
        }
        return new EndpointProvisioner(aws.sageMaker(), target, teardown, new ResourceNames("echo", "bench"), "bench",
                new ProvisioningListener() { })
                .deploy(List.of(new EndpointRequest("m" + shape.memoryMb() + "-" + shape.maxConcurrency(), "echo",
                        shape, 0)))
                .ready().getFirst();
    }
}
