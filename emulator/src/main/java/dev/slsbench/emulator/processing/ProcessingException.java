package dev.slsbench.emulator.processing;

/** An error a Processing-job operation answers with: the error shape's name and a message (status 400). */
final class ProcessingException extends RuntimeException {

    private final String type;

    ProcessingException(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    static ProcessingException validation(String message) {
        return new ProcessingException("ValidationException", message);
    }

    static ProcessingException notFound(String name) {
        return new ProcessingException("ResourceNotFound", "Could not find processing job '" + name + "'.");
    }

    String type() {
        return type;
    }
}
