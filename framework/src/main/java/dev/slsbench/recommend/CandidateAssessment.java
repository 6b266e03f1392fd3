package dev.slsbench.recommend;

import java.math.BigDecimal;

/**
 * How a strategy scored one candidate, for the report's "candidates considered" table.
 *
 * @param memoryMb the candidate's memory size
 * @param meanLatencyMillis client-observed mean latency
 * @param billedLatencyMillis the latency its cost was computed from
 * @param usdPerMillionInvocations its cost per 1M invocations
 * @param score the strategy's objective (lower is better), in {@link #scoreUnit()}
 * @param scoreUnit what the score measures, e.g. {@code ms × USD per 1M × discount}
 * @param verdict why the candidate was or was not chosen
 */
public record CandidateAssessment(int memoryMb, double meanLatencyMillis, double billedLatencyMillis,
                                  BigDecimal usdPerMillionInvocations, double score, String scoreUnit,
                                  String verdict) {
}
