package dev.slsbench.examples.embedding;

import dev.slsbench.examples.container.ContainerServer;
import dev.slsbench.examples.container.FeatureRows;
import dev.slsbench.examples.container.FeatureRowsReader;
import dev.slsbench.examples.container.InvalidInputException;
import dev.slsbench.examples.container.InvocationHandler;
import dev.slsbench.examples.container.PredictionsWriter;

import java.util.Locale;

/**
 * The example model that needs more than the smallest serverless memory size: a recommender that
 * scores (user, item) pairs by the dot product of their embeddings, squashed to a probability,
 * from a table of {@code SLSBENCH_EMBEDDING_TABLE_MB} MiB (default {@value #DEFAULT_TABLE_MB},
 * 64-float vectors). {@code POST /invocations} takes one {@code userId,itemId} pair per
 * {@code text/csv} line or {@code {"instances": [[userId, itemId], ...]}} and answers one score per pair.
 *
 * <p>Like servers that must answer {@code /ping} quickly, it builds the table on its first
 * invocation ({@code SLSBENCH_EMBEDDING_LOAD=first-call}, the default), so at 1024 MB the endpoint
 * deploys and its calls fail with "insufficient memory", as on SageMaker when a model outgrows its
 * memory while serving; {@code SLSBENCH_EMBEDDING_LOAD=startup} builds it before listening, so the
 * endpoint's deployment fails instead. The JVM must be allowed that much direct memory
 * ({@code -XX:MaxDirectMemorySize}): the container's memory size, not the JVM, is the limit shown.
 */
public final class EmbeddingServer {

    static final long DEFAULT_TABLE_MB = 1536;
    static final int DIMENSIONS = 64;
    private static final int FIELDS_PER_PAIR = 2;
    /** Ids are read as floats, which hold every whole number up to 2^24 exactly. */
    private static final long MAX_ENTITIES = 1L << 24;

    private final long tableBytes;
    private volatile EmbeddingTable table;

    EmbeddingServer(long tableBytes) {
        if (tableBytes / (DIMENSIONS * Float.BYTES) > MAX_ENTITIES) {
            throw new IllegalArgumentException("a table of " + (tableBytes >> 20) + " MiB holds more than " + MAX_ENTITIES
                    + " entities, whose ids would not travel exactly as numbers");
        }
        this.tableBytes = tableBytes;
    }

    public static void main(String[] args) throws Exception {
        ContainerServer.requireServeArgument(args, "EmbeddingServer", System.err);
        long tableMebibytes = Long.parseLong(environment("SLSBENCH_EMBEDDING_TABLE_MB", Long.toString(DEFAULT_TABLE_MB)));
        String load = environment("SLSBENCH_EMBEDDING_LOAD", "first-call");
        EmbeddingServer server = new EmbeddingServer(tableMebibytes * 1024 * 1024);
        switch (load) {
            case "startup" -> server.table();
            case "first-call" -> { }
            default -> throw new IllegalArgumentException("SLSBENCH_EMBEDDING_LOAD must be first-call or startup, got: " + load);
        }
        ContainerServer container = ContainerServer.start(ContainerServer.portFromEnvironment(), server.handler());
        System.err.println("embedding recommender (" + tableMebibytes + " MiB table, loaded at " + load
                + ") serving on 127.0.0.1:" + container.port());
    }

    InvocationHandler handler() {
        FeatureRowsReader reader = new FeatureRowsReader(FIELDS_PER_PAIR);
        return request -> {
            FeatureRows pairs = reader.read(request);
            EmbeddingTable loaded = table();
            float[] scores = new float[pairs.rowCount()];
            for (int pair = 0; pair < scores.length; pair++) {
                long user = entityId(pairs, pair, 0, loaded);
                long item = entityId(pairs, pair, 1, loaded);
                scores[pair] = (float) (1 / (1 + Math.exp(-4 * loaded.dot(user, item))));
            }
            return PredictionsWriter.write(request, scores);
        };
    }

    /** The table, built on first use. */
    EmbeddingTable table() {
        EmbeddingTable loaded = table;
        if (loaded == null) {
            synchronized (this) {
                loaded = table;
                if (loaded == null) {
                    long startNanos = System.nanoTime();
                    loaded = EmbeddingTable.build(tableBytes, DIMENSIONS);
                    table = loaded;
                    long millis = (System.nanoTime() - startNanos) / 1_000_000;
                    System.err.printf(Locale.ROOT, "embedding table of %d vectors (%d MiB) built in %d ms%n",
                            loaded.entityCount(), loaded.sizeBytes() >> 20, millis);
                }
            }
        }
        return loaded;
    }

    private static long entityId(FeatureRows pairs, int pair, int field, EmbeddingTable table) throws InvalidInputException {
        float value = pairs.values()[pair * FIELDS_PER_PAIR + field];
        if (!(value >= 0 && value < table.entityCount() && value == Math.rint(value))) {
            throw InvalidInputException.badRequest("pair " + (pair + 1) + ": " + (field == 0 ? "user" : "item") + " id "
                    + value + " is not an entity id from 0 to " + (table.entityCount() - 1));
        }
        return (long) value;
    }

    private static String environment(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
