package dev.slsbench.provision;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the {@link SlsbenchTags#LEASE_EXPIRES_KEY lease tag} of a run's resources in the future
 * while the run lives: every third of the lease it writes (AddTags) a new expiry, now plus the
 * lease, on every resource it holds. A run that dies without its teardown (kill -9, a lost
 * machine) stops renewing, and once the last expiry passed the next run's
 * {@link Cleanup#deleteExpired} deletes what it left. A resource found gone is dropped (SageMaker
 * refuses tags on a missing ARN with a ValidationException); other renewal errors are retried at
 * the next renewal.
 */
public final class Leases implements AutoCloseable {

    /** How long resources outlive a run that stopped renewing, unless configured. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);
    /** The shortest lease, so that renewals (a third of it) stay at least a second apart. */
    public static final Duration MIN_LEASE = Duration.ofSeconds(3);

    private final SageMakerClient sageMaker;
    private final Duration lease;
    private final Clock clock;
    private final Set<String> arns = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService renewals;

    private Leases(SageMakerClient sageMaker, Duration lease, Clock clock) {
        this.sageMaker = Objects.requireNonNull(sageMaker, "sageMaker");
        this.lease = requireValid(lease);
        this.clock = Objects.requireNonNull(clock, "clock");
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().daemon().name("slsbench-lease-renewal-", 0).factory());
        executor.setRemoveOnCancelPolicy(true);
        long periodMillis = lease.toMillis() / 3;
        executor.scheduleWithFixedDelay(this::renew, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        this.renewals = executor;
    }

    /**
     * Starts renewing (nothing is held yet).
     *
     * @throws IllegalArgumentException when {@code lease} is shorter than {@link #MIN_LEASE}
     */
    public static Leases start(SageMakerClient sageMaker, Duration lease) {
        return new Leases(sageMaker, lease, Clock.systemUTC());
    }

    /**
     * Checks a lease duration.
     *
     * @throws IllegalArgumentException naming the value when it is shorter than {@link #MIN_LEASE}
     */
    public static Duration requireValid(Duration lease) {
        if (lease == null || lease.compareTo(MIN_LEASE) < 0) {
            throw new IllegalArgumentException("lease: " + lease + " is shorter than " + MIN_LEASE.toSeconds() + " s");
        }
        return lease;
    }

    /** The lease duration. */
    public Duration duration() {
        return lease;
    }

    /** The expiry to tag a resource created now with. */
    public Instant expiry() {
        return clock.instant().plus(lease);
    }

    /** Renews the lease of the resource {@code arn} from now on. */
    public void hold(String arn) {
        arns.add(Objects.requireNonNull(arn, "arn"));
    }

    /** The resources held. */
    public Set<String> held() {
        return Set.copyOf(arns);
    }

    /** Writes a new expiry on every resource held, now. */
    public void renew() {
        for (String arn : List.copyOf(arns)) {
            try {
                sageMaker.addTags(r -> r.resourceArn(arn).tags(SlsbenchTags.lease(expiry())));
            } catch (AwsServiceException e) {
                if (ResourceDeleter.isNotFound(e) || isValidationError(e)) {
                    arns.remove(arn);
                }
            } catch (SdkException e) {
                // unreachable for now; the next renewal tries again, well before the lease ends
            }
        }
    }

    private static boolean isValidationError(AwsServiceException e) {
        return e.awsErrorDetails() != null && "ValidationException".equals(e.awsErrorDetails().errorCode());
    }

    /** Stops renewing; the tags stay, and expire a lease from the last renewal. */
    @Override
    public void close() {
        renewals.shutdownNow();
    }
}
