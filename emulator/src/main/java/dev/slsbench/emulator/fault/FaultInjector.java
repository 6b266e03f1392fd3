package dev.slsbench.emulator.fault;

import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Decides, call by call, whether to inject the faults of a {@link FaultPlan}, and counts them. Each
 * kind draws from its own generator seeded from the plan, so control-plane faults do not shift with
 * the number of invocations and the reverse. Every injected fault is logged with the running count,
 * and {@link #summary()} gives the totals for the emulator's last log line.
 */
public final class FaultInjector {

    private static final Logger LOG = Logger.getLogger(FaultInjector.class.getName());
    private static final long RUNTIME_STREAM = 0x5DEECE66DL;

    /** The 5xx an injected runtime fault answers with, as the SageMaker runtime names them. */
    public enum ServerError {
        /** 500 {@code InternalFailure}. */
        INTERNAL_FAILURE(500, "InternalFailure"),
        /** 503 {@code ServiceUnavailable}. */
        SERVICE_UNAVAILABLE(503, "ServiceUnavailable");

        private final int status;
        private final String code;

        ServerError(int status, String code) {
            this.status = status;
            this.code = code;
        }

        public int status() {
            return status;
        }

        /** The error code, as in {@code x-amzn-ErrorType}. */
        public String code() {
            return code;
        }
    }

    private final FaultPlan plan;
    private final Random controlPlaneDraws;
    private final Random runtimeDraws;
    private final AtomicLong controlPlaneCalls = new AtomicLong();
    private final AtomicLong controlPlaneThrottles = new AtomicLong();
    private final AtomicLong invocations = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();

    public FaultInjector(FaultPlan plan) {
        this.plan = plan;
        this.controlPlaneDraws = new Random(plan.seed());
        this.runtimeDraws = new Random(plan.seed() ^ RUNTIME_STREAM);
    }

    public FaultPlan plan() {
        return plan;
    }

    /** Whether this control-plane call is to be answered with ThrottlingException. */
    public boolean throttleControlPlane(String operation) {
        if (plan.controlPlaneThrottle() <= 0) {
            return false;
        }
        long call = controlPlaneCalls.incrementAndGet();
        if (controlPlaneDraws.nextDouble() >= plan.controlPlaneThrottle()) {
            return false;
        }
        long count = controlPlaneThrottles.incrementAndGet();
        LOG.info(() -> "fault injected: ThrottlingException on " + operation + " (control-plane throttles so far: "
                + count + " of " + call + " calls)");
        return true;
    }

    /** The 5xx this invocation is to be answered with, or null to serve it. */
    public ServerError failInvocation(String endpointName) {
        if (plan.runtime5xx() <= 0) {
            return null;
        }
        long call = invocations.incrementAndGet();
        ServerError error;
        synchronized (runtimeDraws) {
            if (runtimeDraws.nextDouble() >= plan.runtime5xx()) {
                return null;
            }
            error = runtimeDraws.nextBoolean() ? ServerError.INTERNAL_FAILURE : ServerError.SERVICE_UNAVAILABLE;
        }
        long count = serverErrors.incrementAndGet();
        LOG.info(() -> "fault injected: " + error.status() + " " + error.code() + " on InvokeEndpoint " + endpointName + " (runtime 5xx so far: "
                + count + " of " + call + " invocations)");
        return error;
    }

    public long controlPlaneThrottles() {
        return controlPlaneThrottles.get();
    }

    public long runtimeServerErrors() {
        return serverErrors.get();
    }

    /** The totals, e.g. {@code faults injected: 3 control-plane throttles in 17 calls, 1 runtime 5xx in 250 invocations}. */
    public String summary() {
        return "faults injected (" + plan + "): " + controlPlaneThrottles.get() + " control-plane throttles in "
                + controlPlaneCalls.get() + " calls, " + serverErrors.get() + " runtime 5xx in " + invocations.get()
                + " invocations";
    }
}
