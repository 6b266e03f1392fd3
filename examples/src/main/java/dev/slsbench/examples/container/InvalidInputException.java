package dev.slsbench.examples.container;

/**
 * A request the model cannot serve, with the HTTP status that says why: 400 for a body it cannot
 * read, 406 for an Accept it cannot produce, 415 for a Content-Type it does not take. The message
 * is the response body, so it names the bad line, value or header.
 */
public final class InvalidInputException extends Exception {

    private final int status;

    public InvalidInputException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static InvalidInputException badRequest(String message) {
        return new InvalidInputException(400, message);
    }

    public int status() {
        return status;
    }
}
