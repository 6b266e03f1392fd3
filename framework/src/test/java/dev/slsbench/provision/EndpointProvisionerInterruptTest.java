package dev.slsbench.provision;

import dev.slsbench.plan.EndpointShape;
import dev.slsbench.testing.EmulatorUnderTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointRequest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

/**
 * A deployment interrupted while its create calls are in flight, against the real emulator. The
 * SageMaker client delegates every call to a real SDK client; only the moment of interruption is
 * staged, because over loopback a real call is too quick to interrupt at a chosen point.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class EndpointProvisionerInterruptTest {

    @RegisterExtension
    static final EmulatorUnderTest emulator = EmulatorUnderTest.perClass().withModel("echo", "slsbench/echo");
    private static SageMakerClient real;

    private final EndpointRequest request = new EndpointRequest("s1024", "echo", new EndpointShape(1024, 1), 0);
    private final SageMakerClient sageMaker = mock(SageMakerClient.class, delegatesTo(real));
    private final AtomicReference<Throwable> thrown = new AtomicReference<>();

    @BeforeAll
    static void readClients() {
        real = emulator.clients().sageMaker();
    }

    @AfterEach
    void nothingIsLeftBehind() {
        emulator.awaitNothingLeft();
    }

    private Thread deployInBackground(Teardown teardown) {
        EndpointProvisioner provisioner = new EndpointProvisioner(sageMaker, emulator.target(), teardown,
                new ResourceNames("echo", "intr1"), "intr1", new ProvisioningListener() { });
        return Thread.ofPlatform().name("test-deploy").start(() -> {
            try {
                provisioner.deploy(List.of(request));
            } catch (InterruptedException | RuntimeException e) {
                thrown.set(e);
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEndpointSageMakerCreatedBeforeTheInterruptedCallReturnedIsDeletedByTheTeardown() throws Exception {
        CountDownLatch created = new CountDownLatch(1);
        doAnswer(call -> {
            var response = real.createEndpoint(call.<Consumer<CreateEndpointRequest.Builder>>getArgument(0));
            created.countDown();
            try {
                new CountDownLatch(1).await();
                return response;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw AbortedException.create("Thread was interrupted", e);
            }
        }).when(sageMaker).createEndpoint(any(Consumer.class));
        Teardown teardown = new Teardown(sageMaker, new ProvisioningListener() { });

        Thread deployer = deployInBackground(teardown);
        assertThat(created.await(60, TimeUnit.SECONDS)).isTrue();
        deployer.interrupt();
        deployer.join();

        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertThat(emulator.endpointNames()).singleElement().asString().contains("-intr1-s1024-");
        assertThat(teardown.pendingEndpoints()).as("endpoints the teardown will delete")
                .containsExactlyElementsOf(emulator.endpointNames());
        teardown.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInterruptedDeploymentReturnsOnlyAfterItsWorkersStoppedSoTheTeardownSeesWhatTheyCreated()
            throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(call -> {
            entered.countDown();
            boolean interrupted = false;
            while (true) {
                try {
                    release.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            try {
                return real.createEndpointConfig(call.<Consumer<CreateEndpointConfigRequest.Builder>>getArgument(0));
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }).when(sageMaker).createEndpointConfig(any(Consumer.class));
        Teardown teardown = new Teardown(sageMaker, new ProvisioningListener() { });

        Thread deployer = deployInBackground(teardown);
        assertThat(entered.await(60, TimeUnit.SECONDS)).isTrue();
        deployer.interrupt();

        boolean returnedWhileWorkerInCall;
        try {
            returnedWhileWorkerInCall = deployer.join(Duration.ofSeconds(1));
        } finally {
            release.countDown();
        }
        deployer.join();

        assertThat(returnedWhileWorkerInCall)
                .as("deploy returned while a worker was still in a create call that ignores interrupts").isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertThat(emulator.endpointConfigNames()).singleElement().asString().contains("-intr1-s1024-");
        assertThat(teardown.pendingEndpointConfigs()).containsExactlyElementsOf(emulator.endpointConfigNames());
        assertThat(teardown.pendingEndpoints()).as("no endpoint creation after the interrupt").isEmpty();
        teardown.close();
    }
}
