package dev.slsbench.bench;

import dev.slsbench.plan.EndpointShape;
import dev.slsbench.provision.AwsClients;
import dev.slsbench.provision.AwsTarget;
import dev.slsbench.provision.DeployedEndpoint;
import dev.slsbench.provision.ProvisioningListener;
import dev.slsbench.provision.Teardown;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.crt.AwsCrtAsyncHttpClient;
import software.amazon.awssdk.http.crt.AwsCrtHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeAsyncClient;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Compares the AWS SDK's HTTP clients on the InvokeEndpoint path, without slsbench's recording:
 * N threads call one {@code slsbench/echo} endpoint of an emulator in its own JVM in a closed
 * loop for a few seconds per client, and the harness JVM's CPU time per call (from
 * {@code OperatingSystemMXBean.getProcessCpuTime}) is printed beside calls per second. CPU per
 * call is what the harness takes from the endpoint on a shared machine, and is far less
 * sensitive to other load than the rate. Async clients are driven the way a blocking caller
 * would use them ({@code join()} per call).
 *
 * <p>{@code java -cp <framework test classpath> dev.slsbench.bench.HttpClientComparison [SECONDS [CLIENTS [NAMES...]]]}
 * with names among {@code apache apache-no-expect url-connection crt netty crt-async}.
 */
public final class HttpClientComparison {

    private static final String BODY = "1,2,3,4,5";

    private HttpClientComparison() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        List<String> names = args.length > 2 ? List.of(args).subList(2, args.length)
                : List.of("apache", "url-connection", "crt", "netty", "apache");
        Path work = Files.createTempDirectory("slsbench-http-clients");
        try (ChildEmulator emulator = ChildEmulator.start(work.resolve("emulator.log"))) {
            AwsTarget target = BenchEndpoints.target(emulator.endpointUrl());
            try (AwsClients aws = AwsClients.create(target, clients);
                 Teardown teardown = new Teardown(aws.sageMaker(), new ProvisioningListener() { })) {
                DeployedEndpoint endpoint = BenchEndpoints.deployEcho(aws, target, teardown, new EndpointShape(6144, clients));
                InvokeEndpointRequest request = InvokeEndpointRequest.builder().endpointName(endpoint.endpointName())
                        .contentType("text/csv").body(SdkBytes.fromUtf8String(BODY)).build();
                System.out.printf(Locale.ROOT, "HTTP clients, %d threads, %d s each, %d processors, load %s%n", clients,
                        seconds, Runtime.getRuntime().availableProcessors(), loadAverage());
                Map<String, Function<URI, Caller>> kinds = kinds(clients);
                for (String name : names) {
                    try (Caller caller = kinds.get(name).apply(emulator.endpointUrl())) {
                        measure(caller, request, clients, Math.max(3, seconds / 2));
                        double[] figures = measure(caller, request, clients, seconds);
                        System.out.printf(Locale.ROOT, "  %-15s %,8.0f calls/s  %6.1f us CPU per call  (%d failed; load %s)%n",
                                name, figures[0], figures[1], (long) figures[2], loadAverage());
                    } catch (RuntimeException | LinkageError e) {
                        System.out.printf(Locale.ROOT, "  %-15s could not run here: %s%n", name, e);
                    }
                }
            }
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** One way of making a blocking InvokeEndpoint call. */
    interface Caller extends AutoCloseable {
        void call(InvokeEndpointRequest request);

        @Override
        void close();
    }

    private static Map<String, Function<URI, Caller>> kinds(int clients) {
        Map<String, Function<URI, Caller>> kinds = new LinkedHashMap<>();
        kinds.put("apache", url -> sync(url, b -> b.httpClientBuilder(ApacheHttpClient.builder().maxConnections(clients))));
        kinds.put("apache-no-expect", url -> sync(url, b -> b.httpClientBuilder(ApacheHttpClient.builder()
                .maxConnections(clients).expectContinueEnabled(false))));
        kinds.put("url-connection", url -> sync(url, b -> b.httpClientBuilder(UrlConnectionHttpClient.builder())));
        kinds.put("crt", url -> sync(url, b -> b.httpClientBuilder(AwsCrtHttpClient.builder().maxConcurrency(clients))));
        kinds.put("netty", url -> async(url, b -> b.httpClientBuilder(NettyNioAsyncHttpClient.builder()
                .maxConcurrency(clients))));
        kinds.put("crt-async", url -> async(url, b -> b.httpClientBuilder(AwsCrtAsyncHttpClient.builder()
                .maxConcurrency(clients))));
        return kinds;
    }

    private static Caller sync(URI url, Function<software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClientBuilder,
            software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClientBuilder> http) {
        SageMakerRuntimeClient client = http.apply(SageMakerRuntimeClient.builder().endpointOverride(url)
                .region(Region.US_EAST_1).credentialsProvider(AwsTarget.dummyCredentials())
                .overrideConfiguration(noRetries())).build();
        return new Caller() {
            @Override
            public void call(InvokeEndpointRequest request) {
                client.invokeEndpoint(request).body().asByteArrayUnsafe();
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }

    private static Caller async(URI url, Function<software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeAsyncClientBuilder,
            software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeAsyncClientBuilder> http) {
        SageMakerRuntimeAsyncClient client = http.apply(SageMakerRuntimeAsyncClient.builder().endpointOverride(url)
                .region(Region.US_EAST_1).credentialsProvider(AwsTarget.dummyCredentials())
                .overrideConfiguration(noRetries())).build();
        return new Caller() {
            @Override
            public void call(InvokeEndpointRequest request) {
                client.invokeEndpoint(request).join().body().asByteArrayUnsafe();
            }

            @Override
            public void close() {
                client.close();
            }
        };
    }

    private static ClientOverrideConfiguration noRetries() {
        return ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.doNotRetry())
                .apiCallTimeout(Duration.ofSeconds(60)).build();
    }

    /** Calls per second, harness CPU microseconds per call, failed calls. */
    private static double[] measure(Caller caller, InvokeEndpointRequest request, int clients, int seconds)
            throws InterruptedException {
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < end) {
                    try {
                        caller.call(request);
                        ok.increment();
                    } catch (RuntimeException e) {
                        failed.increment();
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long cpu = os.getProcessCpuTime() - cpuStart;
        long calls = ok.sum() + failed.sum();
        return new double[] {ok.sum() / elapsed, cpu / 1000.0 / Math.max(1, calls), failed.sum()};
    }

    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
