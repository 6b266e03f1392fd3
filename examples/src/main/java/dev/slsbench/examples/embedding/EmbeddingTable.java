package dev.slsbench.examples.embedding;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory table of embedding vectors, one per entity (users and items alike), held off the
 * Java heap in direct buffers of {@value #CHUNK_BYTES} bytes so that every byte of it is resident
 * process memory, as a model's embedding table is. The vectors are generated from the entity id, so
 * the same table comes back on every start without a file to ship.
 */
public final class EmbeddingTable {

    static final int CHUNK_BYTES = 128 * 1024 * 1024;

    private final List<FloatBuffer> chunks;
    private final int dimensions;
    private final int vectorsPerChunk;
    private final long entityCount;

    private EmbeddingTable(List<FloatBuffer> chunks, int dimensions, int vectorsPerChunk, long entityCount) {
        this.chunks = chunks;
        this.dimensions = dimensions;
        this.vectorsPerChunk = vectorsPerChunk;
        this.entityCount = entityCount;
    }

    /**
     * Allocates and fills a table of about {@code tableBytes} bytes of {@code dimensions}-float vectors.
     *
     * @throws OutOfMemoryError when the process may not have that much direct memory
     */
    public static EmbeddingTable build(long tableBytes, int dimensions) {
        if (dimensions <= 0 || dimensions > 4096) {
            throw new IllegalArgumentException("dimensions must be 1 to 4096, got: " + dimensions);
        }
        int vectorBytes = dimensions * Float.BYTES;
        if (tableBytes < vectorBytes) {
            throw new IllegalArgumentException("a table of " + tableBytes + " bytes holds no vector of " + dimensions
                    + " floats");
        }
        int vectorsPerChunk = CHUNK_BYTES / vectorBytes;
        long entityCount = tableBytes / vectorBytes;
        List<FloatBuffer> chunks = new ArrayList<>();
        float[] vector = new float[dimensions];
        for (long first = 0; first < entityCount; first += vectorsPerChunk) {
            int vectors = (int) Math.min(vectorsPerChunk, entityCount - first);
            FloatBuffer chunk = ByteBuffer.allocateDirect(vectors * vectorBytes).order(ByteOrder.nativeOrder()).asFloatBuffer();
            for (int i = 0; i < vectors; i++) {
                generate(first + i, vector);
                chunk.put(vector);
            }
            chunks.add(chunk);
        }
        return new EmbeddingTable(List.copyOf(chunks), dimensions, vectorsPerChunk, entityCount);
    }

    public long entityCount() {
        return entityCount;
    }

    public int dimensions() {
        return dimensions;
    }

    /** The bytes the vectors occupy. */
    public long sizeBytes() {
        return entityCount * dimensions * Float.BYTES;
    }

    /** The dot product of two entities' vectors. */
    public float dot(long entityA, long entityB) {
        FloatBuffer a = chunks.get((int) (entityA / vectorsPerChunk));
        FloatBuffer b = chunks.get((int) (entityB / vectorsPerChunk));
        int offsetA = (int) (entityA % vectorsPerChunk) * dimensions;
        int offsetB = (int) (entityB % vectorsPerChunk) * dimensions;
        float sum = 0;
        for (int d = 0; d < dimensions; d++) {
            sum += a.get(offsetA + d) * b.get(offsetB + d);
        }
        return sum;
    }

    /** Entity {@code id}'s vector: values in [-1, 1) scaled by 1/√dimensions from a SplitMix64 stream seeded by the id. */
    static void generate(long id, float[] vector) {
        long state = id * 0x9E3779B97F4A7C15L;
        float scale = (float) (2 / Math.sqrt(vector.length));
        for (int d = 0; d < vector.length; d++) {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
            vector[d] = ((z >>> 40) * 0x1.0p-24f - 0.5f) * scale;
        }
    }
}
