package dev.slsbench.emulator.pricing;

/** A Price List call the emulator refuses, with the error type the Price List API uses for it. */
final class PriceListException extends RuntimeException {

    private final String type;

    PriceListException(String type, String message) {
        super(message);
        this.type = type;
    }

    static PriceListException invalidParameter(String message) {
        return new PriceListException("InvalidParameterException", message);
    }

    String type() {
        return type;
    }
}
