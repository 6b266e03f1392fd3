package dev.slsbench.emulator.pricing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One GetProducts filter. {@code Field} is {@code ServiceCode} or an attribute name; the five filter
 * types of the Price List API's model are honoured, {@code ANY_OF}/{@code NONE_OF} taking a
 * comma-separated value list as the API documents.
 */
record ProductFilter(String type, String field, String value) {

    private static final Set<String> TYPES = Set.of("TERM_MATCH", "EQUALS", "CONTAINS", "ANY_OF", "NONE_OF");

    ProductFilter {
        if (type == null || !TYPES.contains(type)) {
            throw PriceListException.invalidParameter("Filters.Type: " + type + " is not one of " + TYPES);
        }
        if (field == null || field.isBlank() || value == null) {
            throw PriceListException.invalidParameter("Filters: a " + type + " filter needs Field and Value");
        }
    }

    boolean matches(PriceProduct product) {
        String actual = "servicecode".equals(field.toLowerCase(Locale.ROOT))
                ? product.serviceCode() : product.attributes().get(field);
        return switch (type) {
            case "TERM_MATCH", "EQUALS" -> value.equals(actual);
            case "CONTAINS" -> actual != null && actual.contains(value);
            case "ANY_OF" -> actual != null && values().contains(actual);
            default -> actual == null || !values().contains(actual);
        };
    }

    private Set<String> values() {
        return Arrays.stream(value.split(",")).map(String::trim).collect(Collectors.toSet());
    }
}
