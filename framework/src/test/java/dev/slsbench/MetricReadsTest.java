package dev.slsbench;

import dev.slsbench.metrics.SageMakerMetric;
import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.Phase;
import dev.slsbench.provision.AwsClients;
import dev.slsbench.provision.AwsTarget;
import dev.slsbench.result.BenchmarkResult;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.testing.EmulatorUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CloudWatch reads of a wave's configurations are in flight together, so that their waits for
 * CloudWatch to count the calls (a minute or more on AWS) overlap instead of adding up.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class MetricReadsTest {

    @RegisterExtension
    static final EmulatorUnderTest emulator = EmulatorUnderTest.perClass().withModel("echo", "slsbench/echo");

    @TempDir
    Path output;

    @Test
    void theStabilityEndpointsMetricsAreReadAtOnce() throws Exception {
        TogetherCloudWatch together = new TogetherCloudWatch(2);
        ServerlessBenchmarks benchmarks = ServerlessBenchmarks.builder().credentialsProvider(AwsTarget.dummyCredentials())
                .clientsFactory((target, calls) -> {
                    AwsClients real = AwsClients.create(target, calls);
                    together.delegate = real.cloudWatch();
                    return new AwsClients(real.sageMaker(), real.runtime(), together);
                })
                .build();
        BenchmarkPlan plan = BenchmarkPlan.builder("echo").endpointUrl(emulator.endpointUrl()).outputDirectory(output)
                .memorySizesMb(1024, 2048).stabilityInvocations(5).includeConcurrency(false).build();

        BenchmarkResult result = benchmarks.run(plan, Payloads.of(Invocation.of("1,2,3", "text/csv")));

        assertThat(together.mostInFlight.get()).isEqualTo(2);
        assertThat(result.configurations(Phase.STABILITY)).hasSize(2).allSatisfy(c -> assertThat(c)
                .extracting(ConfigurationResult::metrics)
                .satisfies(m -> assertThat(m.orElseThrow().average(SageMakerMetric.MODEL_LATENCY)).isPresent()));
        emulator.awaitNothingLeft();
    }

    /**
     * The run's CloudWatch client, whose GetMetricData calls each wait (at most 20 s) until
     * {@code expected} of them were in flight at once, counting the most there were.
     */
    private static final class TogetherCloudWatch implements CloudWatchClient {

        private final CountDownLatch arrived;
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger mostInFlight = new AtomicInteger();
        private volatile CloudWatchClient delegate;

        TogetherCloudWatch(int expected) {
            arrived = new CountDownLatch(expected);
        }

        @Override
        public GetMetricDataResponse getMetricData(GetMetricDataRequest request) {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                arrived.countDown();
                arrived.await(20, TimeUnit.SECONDS);
                return delegate.getMetricData(request);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                inFlight.decrementAndGet();
            }
        }

        @Override
        public String serviceName() {
            return delegate.serviceName();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
