package dev.slsbench.cli;

/**
 * The exit codes of {@code slsbench}, pinned so that scripts and CI can act on them:
 * 0 the run completed and every SLA held, 1 an SLA failed, 2 bad input (nothing was created),
 * 3 a run (or cleanup) that could not complete, everything it created deleted.
 */
public final class ExitCodes {

    /** The run completed and every SLA held (or the command did what it was asked). */
    public static final int OK = 0;
    /** The run completed and at least one SLA failed. */
    public static final int SLA_FAILED = 1;
    /** A flag, plan file, payload file or model was bad; nothing was created. */
    public static final int BAD_INPUT = 2;
    /** The run could not complete (interrupted, a failed deployment, a service error); what it created is deleted. */
    public static final int INCOMPLETE = 3;

    private ExitCodes() {
    }
}
