package dev.slsbench.emulator.controlplane;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The List operations' shared mechanics: SortBy (from a per-operation set of keys; CreationTime by
 * default), SortOrder (Descending by default), MaxResults (1–100, 10 by default, as SageMaker) and an
 * opaque NextToken that encodes the offset of the next page.
 */
final class Listing {

    private static final int DEFAULT_MAX_RESULTS = 10;
    private static final String TOKEN_PREFIX = "slsbench-offset:";

    private Listing() {
    }

    /**
     * The List operations' common filters: NameContains (case-insensitive), CreationTimeBefore and
     * CreationTimeAfter.
     */
    static <T> Predicate<T> nameAndCreationFilter(JsonRequest request, Function<T, String> name,
            Function<T, Instant> creationTime) {
        String nameContains = request.string("NameContains");
        String needle = nameContains == null ? null : nameContains.toLowerCase(Locale.ROOT);
        Instant before = request.timestamp("CreationTimeBefore");
        Instant after = request.timestamp("CreationTimeAfter");
        return item -> (needle == null || name.apply(item).toLowerCase(Locale.ROOT).contains(needle))
                && (before == null || creationTime.apply(item).isBefore(before))
                && (after == null || creationTime.apply(item).isAfter(after));
    }

    /**
     * One page of {@code items}.
     *
     * @param sortKeys the SortBy values the operation accepts, each with its order
     * @param listMember the output member holding the page, e.g. {@code Endpoints}
     */
    static <T> ObjectNode page(JsonRequest request, List<T> items, Map<String, Comparator<T>> sortKeys,
            String listMember, Function<T, ObjectNode> summary) {
        Violations violations = new Violations();
        String sortBy = request.string("SortBy");
        String sortOrder = request.string("SortOrder");
        Integer maxResults = request.integer("MaxResults");
        if (sortBy != null && !sortKeys.containsKey(sortBy)) {
            violations.add("Value '" + sortBy + "' at 'sortBy' failed to satisfy constraint: Member must satisfy enum value"
                    + " set: " + sortKeys.keySet());
        }
        if (sortOrder != null && !sortOrder.equals("Ascending") && !sortOrder.equals("Descending")) {
            violations.add("Value '" + sortOrder + "' at 'sortOrder' failed to satisfy constraint: Member must satisfy enum"
                    + " value set: [Ascending, Descending]");
        }
        violations.range("maxResults", maxResults, 1, 100);
        violations.throwIfAny();

        Comparator<T> order = sortKeys.get(sortBy == null ? "CreationTime" : sortBy);
        if (!"Ascending".equals(sortOrder)) {
            order = order.reversed();
        }
        List<T> sorted = items.stream().sorted(order).toList();
        int offset = offset(request.string("NextToken"));
        int pageSize = maxResults == null ? DEFAULT_MAX_RESULTS : maxResults;
        int end = Math.min(sorted.size(), offset + pageSize);
        ArrayNode page = Json.array();
        for (int i = Math.min(offset, sorted.size()); i < end; i++) {
            page.add(summary.apply(sorted.get(i)));
        }
        ObjectNode output = Json.object();
        output.set(listMember, page);
        if (end < sorted.size()) {
            output.put("NextToken", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((TOKEN_PREFIX + end).getBytes(StandardCharsets.UTF_8)));
        }
        return output;
    }

    private static int offset(String nextToken) {
        if (nextToken == null || nextToken.isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(nextToken), StandardCharsets.UTF_8);
            if (decoded.startsWith(TOKEN_PREFIX)) {
                return Math.max(0, Integer.parseInt(decoded.substring(TOKEN_PREFIX.length())));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error
        }
        throw ControlPlaneException.validation("Invalid pagination token: " + nextToken);
    }
}
