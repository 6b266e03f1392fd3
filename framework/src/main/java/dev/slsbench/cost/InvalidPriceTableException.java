package dev.slsbench.cost;

/**
 * A price table that cannot be used: the message names the table's source, the field and the
 * problem, e.g. {@code prices.json: regions.us-east-1.serverlessComputeUsdPerSecond: no price for 3072 MB}.
 */
public final class InvalidPriceTableException extends IllegalArgumentException {

    /**
     * @param source the file or resource the table came from
     * @param problem what is wrong, starting with the field's path
     * @param cause the underlying error, or {@code null}
     */
    public InvalidPriceTableException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
    }
}
