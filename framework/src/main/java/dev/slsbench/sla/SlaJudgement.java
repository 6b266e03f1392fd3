package dev.slsbench.sla;

import dev.slsbench.result.SlaVerdict;

import java.util.Objects;

/**
 * A verdict with the line that explains it, e.g.
 * {@code p99 latency 612.34 ms exceeds @Sla(p99Millis = 500)}: the figure, the measured value
 * with its unit (and call counts for rates) and the threshold. The configuration is the
 * verdict's {@link SlaVerdict#configurationId()}.
 *
 * @param verdict what {@code results.json} and the report carry
 * @param message the explanation
 */
public record SlaJudgement(SlaVerdict verdict, String message) {

    public SlaJudgement {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(message, "message");
    }
}
