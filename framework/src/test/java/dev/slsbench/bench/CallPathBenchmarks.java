package dev.slsbench.bench;

import dev.slsbench.output.RawResultsCsvWriter;
import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.Phase;
import dev.slsbench.provision.AwsTarget;
import dev.slsbench.record.ConfigurationRecorder;
import dev.slsbench.record.InvocationRecord;
import dev.slsbench.stats.Outcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * JMH benchmarks of the harness's per-call hot paths, without the wire: recording one call
 * ({@link ConfigurationRecorder#record}: histogram, counters, TPS, slowest calls), alone and from four
 * threads into one recorder as a concurrency phase's clients do, writing its raw CSV row,
 * and one whole SDK InvokeEndpoint call (marshalling, SigV4 signing, interceptors, response
 * parsing) over an HTTP client that answers at once from memory, so that the SDK's own CPU per
 * call is measured apart from sockets and the endpoint. Ten warm-up seconds: on two busy cores
 * the SDK call takes over a millisecond until the JIT has compiled it, some 5 to 8 s in.
 *
 * <pre>
 * java -cp &lt;framework test classpath&gt; org.openjdk.jmh.Main CallPathBenchmarks
 * </pre>
 * ({@code bench/run --only jmh} does this).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class CallPathBenchmarks {

    private static final byte[] BODY = "1,2,3,4,5".getBytes(StandardCharsets.UTF_8);
    private static final ConcurrencyConfiguration CONFIGURATION = new ConcurrencyConfiguration(6144, 64, 64);

    private ConfigurationRecorder recorder;
    private InvocationRecord call;
    private long sequence;
    private Path csv;
    private RawResultsCsvWriter raw;
    private SageMakerRuntimeClient runtime;
    private InvokeEndpointRequest request;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        recorder = new ConfigurationRecorder(CONFIGURATION, "bench", Long.MAX_VALUE, (c, r) -> { });
        long now = System.currentTimeMillis() * 1_000_000L;
        call = new InvocationRecord(CONFIGURATION.id(), 1, 0, now, now + 1_234_567, 1_234_567, Outcome.OK, null,
                BODY.length, BODY.length, null);
        csv = Files.createTempFile("slsbench-jmh", ".csv");
        raw = RawResultsCsvWriter.open(Phase.CONCURRENCY, csv);
        runtime = SageMakerRuntimeClient.builder().endpointOverride(URI.create("http://127.0.0.1:1"))
                .region(Region.US_EAST_1).credentialsProvider(AwsTarget.dummyCredentials())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .httpClient(new AnswerFromMemory()).build();
        request = InvokeEndpointRequest.builder().endpointName("bench").contentType("text/csv")
                .body(SdkBytes.fromByteArrayUnsafe(BODY)).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        raw.close();
        runtime.close();
        Files.deleteIfExists(csv);
    }

    /** Recording one successful call. */
    @Benchmark
    public ConfigurationRecorder recordCall() {
        recorder.issue();
        recorder.record(call);
        return recorder;
    }

    /** Recording one successful call while three other threads record into the same configuration. */
    @Benchmark
    @Threads(4)
    public ConfigurationRecorder recordCallFromFourThreads(SharedRecorder shared) {
        shared.recorder.issue();
        shared.recorder.record(call);
        return shared.recorder;
    }

    /** One configuration's recorder that the clients of a concurrency phase share. */
    @State(Scope.Benchmark)
    public static class SharedRecorder {
        ConfigurationRecorder recorder;

        @Setup(Level.Trial)
        public void setUp() {
            recorder = new ConfigurationRecorder(CONFIGURATION, "bench", Long.MAX_VALUE, (c, r) -> { });
        }
    }

    /** Appending one call's row to the concurrency phase's raw CSV. */
    @Benchmark
    public RawResultsCsvWriter writeRawRow() {
        raw.append(CONFIGURATION, new InvocationRecord(call.configurationId(), sequence++, 0, call.startEpochNanos(),
                call.endEpochNanos(), call.latencyNanos(), Outcome.OK, null, BODY.length, BODY.length, null));
        return raw;
    }

    /** One SDK InvokeEndpoint call, all of it but the socket. */
    @Benchmark
    public InvokeEndpointResponse sdkCallWithoutTheWire() {
        return runtime.invokeEndpoint(request);
    }

    /** An HTTP client that answers every request with 200 and the same body, at once. */
    private static final class AnswerFromMemory implements SdkHttpClient {

        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() {
                    return HttpExecuteResponse.builder()
                            .response(SdkHttpResponse.builder().statusCode(200)
                                    .putHeader("Content-Type", "text/csv")
                                    .putHeader("x-Amzn-Invoked-Production-Variant", "AllTraffic")
                                    .putHeader("Content-Length", Integer.toString(BODY.length)).build())
                            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(BODY)))
                            .build();
                }

                @Override
                public void abort() {
                }
            };
        }

        @Override
        public void close() {
        }
    }
}
