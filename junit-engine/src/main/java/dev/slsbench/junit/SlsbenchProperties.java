package dev.slsbench.junit;

import org.apiguardian.api.API;

import java.util.List;

/**
 * The configuration parameters of the {@code slsbench} test engine, read from
 * {@code junit-platform.properties}, system properties or the launcher (Maven Surefire's
 * {@code configurationParameters}, the console launcher's {@code --config}). Every key starts
 * with {@value #PREFIX}; an unknown key with that prefix is reported as a discovery warning
 * rather than ignored, and a bad value stops the engine with a message naming it. The file
 * {@code META-INF/slsbench/junit-platform.properties.example} in this artifact lists them all
 * with comments.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SlsbenchProperties {

    /** The prefix of every key. */
    public static final String PREFIX = "slsbench.";

    /**
     * {@code local} (the default: the engine starts an embedded emulator for the run) or
     * {@code aws} (SageMaker itself, default credential and region chains).
     */
    public static final String TARGET = PREFIX + "target";

    /**
     * A SageMaker-compatible URL serving the SageMaker, SageMaker Runtime and CloudWatch APIs;
     * when set, the engine starts no emulator and uses this URL (with dummy credentials for
     * target {@code local}, the default chain for {@code aws}).
     */
    public static final String ENDPOINT_URL = PREFIX + "endpoint-url";

    /** The AWS region; default the SDK's region chain ({@code us-east-1} with an endpoint URL). */
    public static final String REGION = PREFIX + "region";

    /** The folder results are written to, one sub-folder per class; default {@value #DEFAULT_OUTPUT}. */
    public static final String OUTPUT = PREFIX + "output";

    /** The default of {@link #OUTPUT}. */
    public static final String DEFAULT_OUTPUT = "target/slsbench";

    /**
     * A factor applied to every class's invocation counts (rounded up, at least 1 call), e.g.
     * {@code 0.1} for a quick CI pass; default 1.
     */
    public static final String INVOCATIONS_SCALE = PREFIX + "invocations.scale";

    /** The execution role for models created from an image on target {@code aws}. */
    public static final String ROLE_ARN = PREFIX + "role-arn";

    /**
     * The prefix of image mappings for the embedded emulator:
     * {@code slsbench.emulator.image.<IMAGE>=<COMMAND>} runs COMMAND (split at spaces) for models
     * whose container image is IMAGE, like the emulator's {@code --image IMAGE=COMMAND}. A
     * COMMAND that is itself the name of a built-in image (e.g. {@code slsbench/echo}) runs that
     * built-in image.
     */
    public static final String EMULATOR_IMAGE_PREFIX = PREFIX + "emulator.image.";

    /**
     * How long an idle container of the embedded emulator lives before it is stopped (scale to
     * zero), e.g. {@code 30s}, {@code 500ms}, {@code 2m} or ISO-8601 {@code PT30S}; default the
     * emulator's.
     */
    public static final String EMULATOR_IDLE_TIMEOUT = PREFIX + "emulator.idle-timeout";

    /**
     * A price table file (the framework's JSON schema) whose regions replace the bundled ones and take
     * precedence over the AWS Price List API; default none.
     */
    public static final String PRICE_TABLE = PREFIX + "price-table";

    /**
     * How long the endpoints, endpoint configs and created models of a run that stopped renewing
     * their lease tags (a JVM killed before its teardown) live before the next run deletes them,
     * e.g. {@code 10m}; at least 3 s; default 5 minutes.
     */
    public static final String LEASE = PREFIX + "lease";

    /**
     * The account's quota of serverless endpoints in the region, that deployments are fitted into
     * next to the account's other endpoints; default SageMaker's 50.
     */
    public static final String MAX_ENDPOINTS = PREFIX + "max-endpoints";

    /**
     * The account's quota of MaxConcurrency summed over its serverless endpoints in the region;
     * default SageMaker's 1000 (500 in smaller regions).
     */
    public static final String ACCOUNT_MAX_CONCURRENCY = PREFIX + "account-max-concurrency";

    /** Every key above, {@link #EMULATOR_IMAGE_PREFIX} as a prefix. */
    public static final List<String> KEYS = List.of(TARGET, ENDPOINT_URL, REGION, OUTPUT, INVOCATIONS_SCALE,
            ROLE_ARN, EMULATOR_IMAGE_PREFIX + "<IMAGE>", EMULATOR_IDLE_TIMEOUT, PRICE_TABLE, LEASE, MAX_ENDPOINTS,
            ACCOUNT_MAX_CONCURRENCY);

    private SlsbenchProperties() {
    }
}
