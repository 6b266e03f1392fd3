package dev.slsbench.cli;

import dev.slsbench.plan.PayloadOrder;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --payload-order}: {@code round-robin} or {@code random}. */
final class PayloadOrderConverter implements ITypeConverter<PayloadOrder> {

    @Override
    public PayloadOrder convert(String value) {
        try {
            return PayloadOrder.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
