package dev.slsbench.result;

/** How a configuration's benchmark ended. */
public enum ConfigurationStatus {
    /** Every planned call was made. */
    COMPLETED,
    /** Stopped early after the error threshold was reached, as the toolkit does. */
    ABANDONED,
    /** Its endpoint never reached InService; no calls were made. */
    DEPLOYMENT_FAILED,
    /** Stopped early by one of the plan's stopping conditions (rolling p99, error rate, max duration); its calls up to then count. */
    STOPPED,
    /** The run was interrupted (Ctrl-C, thread interrupt) while it ran. */
    INTERRUPTED
}
