package dev.slsbench.payload;

/**
 * What a run's example invocations looked like, for results and reports.
 *
 * @param count number of examples
 * @param meanBodyBytes mean request body size
 * @param maxBodyBytes largest request body
 * @param source where they came from (a file path, or a description such as {@code @Payload methods})
 */
public record PayloadSummary(int count, double meanBodyBytes, int maxBodyBytes, String source) {
}
