package dev.slsbench.testing;

import dev.slsbench.ServerlessBenchmarks;
import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.provision.AwsTarget;

import java.net.URI;
import java.nio.file.Path;

/**
 * Runs a long stability plan against an emulator, for the test that kills this JVM mid-run:
 * {@code RunPlanMain <endpointUrl> <modelName> <runId> <outputDirectory>}.
 */
public final class RunPlanMain {

    private RunPlanMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkPlan plan = BenchmarkPlan.builder(args[1])
                .endpointUrl(URI.create(args[0]))
                .runId(args[2])
                .outputDirectory(Path.of(args[3]))
                .memorySizesMb(1024, 2048)
                .stabilityInvocations(1_000_000)
                .includeConcurrency(false)
                .build();
        ServerlessBenchmarks.builder().credentialsProvider(AwsTarget.dummyCredentials()).build()
                .run(plan, Payloads.of(Invocation.of("1,2,3", "text/csv")));
    }
}
