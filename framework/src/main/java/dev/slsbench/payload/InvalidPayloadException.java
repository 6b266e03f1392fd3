package dev.slsbench.payload;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A payload file that cannot be used, with the file, the 1-based line number (when one line is
 * to blame) and the reason, e.g. {@code payloads.jsonl:3: Body is missing}.
 */
public final class InvalidPayloadException extends IllegalArgumentException {

    private final Path file;
    private final int lineNumber;
    private final String reason;

    /**
     * @param file the payload file
     * @param lineNumber the 1-based line, or 0 when the file as a whole is at fault
     * @param reason what is wrong
     * @param cause the underlying error, or {@code null}
     */
    public InvalidPayloadException(Path file, int lineNumber, String reason, Throwable cause) {
        super(file + (lineNumber > 0 ? ":" + lineNumber : "") + ": " + reason, cause);
        this.file = file;
        this.lineNumber = lineNumber;
        this.reason = reason;
    }

    /** The payload file. */
    public Path file() {
        return file;
    }

    /** The 1-based line at fault, empty when the whole file is. */
    public Optional<Integer> lineNumber() {
        return lineNumber > 0 ? Optional.of(lineNumber) : Optional.empty();
    }

    /** What is wrong, without the file and line. */
    public String reason() {
        return reason;
    }
}
