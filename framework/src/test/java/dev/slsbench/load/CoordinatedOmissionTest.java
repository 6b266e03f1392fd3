package dev.slsbench.load;

import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.EndpointShape;
import dev.slsbench.plan.OpenLoopConfiguration;
import dev.slsbench.plan.OpenLoopPhase;
import dev.slsbench.provision.DeployedEndpoint;
import dev.slsbench.provision.EndpointProvisioner;
import dev.slsbench.provision.EndpointRequest;
import dev.slsbench.provision.ProvisioningListener;
import dev.slsbench.provision.ResourceNames;
import dev.slsbench.provision.Teardown;
import dev.slsbench.record.InvocationRecord;
import dev.slsbench.record.RecordedConfiguration;
import dev.slsbench.stats.Outcome;
import dev.slsbench.testing.EmulatorUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An open-loop client that falls behind on purpose: one sender thread against the emulator's
 * {@code slsbench/echo} answering each call after {@value #DELAY_MS} ms, at
 * {@value #RATE} arrivals per second, so arrivals queue in the client. The echo's delay is a floor
 * under every call, which bounds from below how late the k-th call can end without trusting the
 * runner's own notion of when a call was meant to start.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class CoordinatedOmissionTest {

    private static final int DELAY_MS = 100;
    private static final double RATE = 50;
    private static final OpenLoopPhase PHASE = new OpenLoopPhase(RATE, Duration.ofSeconds(1), 1024, 1);
    private static final long SEED = 3;
    private static final Payloads PAYLOADS = Payloads.of(Invocation.of("x", "text/plain"));

    @RegisterExtension
    static final EmulatorUnderTest emulator = EmulatorUnderTest.perClass()
            .withModel("echo", "slsbench/echo")
            .withModel("slow-echo", "slsbench/echo", Map.of("SLSBENCH_DELAY_MS", Integer.toString(DELAY_MS)));

    private static String deploy(Teardown teardown, String model) throws InterruptedException {
        DeployedEndpoint endpoint = new EndpointProvisioner(emulator.clients().sageMaker(), emulator.target(), teardown,
                new ResourceNames(model, "co"), "co", new ProvisioningListener() { })
                .deploy(List.of(new EndpointRequest("o0", model, new EndpointShape(1024, 1), 0))).ready().getFirst();
        return endpoint.endpointName();
    }

    @Test
    void latencyOfArrivalsQueuedInTheClientCountsFromTheirIntendedStartAndNoneIsDropped() throws Exception {
        OpenLoopConfiguration configuration = new OpenLoopConfiguration(0, PHASE);
        ConcurrentLinkedQueue<InvocationRecord> records = new ConcurrentLinkedQueue<>();
        List<String> warnings = new CopyOnWriteArrayList<>();
        RecordedConfiguration recorded;
        long arrivals;
        try (Teardown teardown = new Teardown(emulator.clients().sageMaker(), new ProvisioningListener() { })) {
            OpenLoopRunner oneSender = new OpenLoopRunner(emulator.clients().runtime(), PAYLOADS, Duration.ZERO, SEED,
                    new LoadListener() { }, warnings::add, phase -> 1);
            recorded = oneSender.run(List.of(new LoadTarget(configuration, deploy(teardown, "slow-echo"))),
                    (c, r) -> records.add(r)).getFirst();
            // The same seeded schedule against an echo that answers at once, with the usual senders: none waits.
            OpenLoopRunner keepingUp = new OpenLoopRunner(emulator.clients().runtime(), PAYLOADS, Duration.ZERO, SEED,
                    new LoadListener() { });
            arrivals = keepingUp.run(List.of(new LoadTarget(configuration, deploy(teardown, "echo"))), (c, r) -> { })
                    .getFirst().issued();
        }

        // Every arrival of the seeded schedule was sent, late, and succeeded: none was dropped or refused.
        assertThat(arrivals).isGreaterThan(30);
        assertThat(recorded.issued()).isEqualTo(arrivals);
        assertThat(records).hasSize((int) arrivals).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.OK));

        // One sender sends calls one after another in arrival order, each taking at least the echo's delay, so
        // the k-th call (0-based) ends no earlier than (k + 1) x delay after the schedule's origin, while it was
        // meant to start before origin + duration: its latency from the intended start is at least the
        // difference. Measured from the actual send it would be about one delay, whatever k.
        long delayNanos = TimeUnit.MILLISECONDS.toNanos(DELAY_MS);
        List<InvocationRecord> inOrder = records.stream()
                .sorted(Comparator.comparingLong(InvocationRecord::sequence)).toList();
        for (InvocationRecord call : inOrder) {
            long queuedAtLeast = (call.sequence() + 1) * delayNanos - PHASE.duration().toNanos();
            assertThat(call.latencyNanos()).as("latency of call %d", call.sequence())
                    .isGreaterThanOrEqualTo(queuedAtLeast);
        }
        assertThat(inOrder.getLast().latencyNanos())
                .isGreaterThanOrEqualTo(Duration.ofMillis(arrivals * DELAY_MS).minus(PHASE.duration()).toNanos())
                .isGreaterThan(Duration.ofSeconds(2).toNanos());
        assertThat(recorded.successLatencies().getMaxValue())
                .isGreaterThanOrEqualTo(inOrder.getLast().latencyNanos() - 1_000_000);
        assertThat(warnings).singleElement().asString().contains("fell behind")
                .contains("of " + arrivals + " arrivals found all 1 sender threads busy");
    }
}
