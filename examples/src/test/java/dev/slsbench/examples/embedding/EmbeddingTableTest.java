package dev.slsbench.examples.embedding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EmbeddingTableTest {

    @Test
    void holdsAsManyVectorsAsTheSizeAllows() {
        EmbeddingTable table = EmbeddingTable.build(1024 * 1024 + 100, 64);

        assertThat(table.entityCount()).isEqualTo(4096);
        assertThat(table.sizeBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void generatesTheSameVectorsOnEveryBuild() {
        EmbeddingTable first = EmbeddingTable.build(64 * 1024, 16);
        EmbeddingTable second = EmbeddingTable.build(64 * 1024, 16);

        assertThat(second.dot(3, 1000)).isEqualTo(first.dot(3, 1000));
    }

    @Test
    void scoresPairsByTheDotProductOfTheirVectors() {
        EmbeddingTable table = EmbeddingTable.build(64 * 1024, 16);
        float[] a = new float[16];
        float[] b = new float[16];
        EmbeddingTable.generate(5, a);
        EmbeddingTable.generate(700, b);
        float expected = 0;
        for (int d = 0; d < 16; d++) {
            expected += a[d] * b[d];
        }

        assertThat(table.dot(5, 700)).isCloseTo(expected, within(1e-6f)).isEqualTo(table.dot(700, 5));
        assertThat(table.dot(5, 5)).isPositive();
    }

    @Test
    void findsVectorsAcrossChunks() {
        int dimensions = 1024;
        long vectorsPerChunk = EmbeddingTable.CHUNK_BYTES / (dimensions * Float.BYTES);
        EmbeddingTable table = EmbeddingTable.build(EmbeddingTable.CHUNK_BYTES + 2L * dimensions * Float.BYTES, dimensions);
        float[] last = new float[dimensions];
        EmbeddingTable.generate(vectorsPerChunk + 1, last);
        float selfDot = 0;
        for (float value : last) {
            selfDot += value * value;
        }

        assertThat(table.entityCount()).isEqualTo(vectorsPerChunk + 2);
        assertThat(table.dot(vectorsPerChunk + 1, vectorsPerChunk + 1)).isCloseTo(selfDot, within(1e-4f));
    }

    @Test
    void refusesATableTooSmallForOneVector() {
        assertThatThrownBy(() -> EmbeddingTable.build(100, 64)).hasMessage("a table of 100 bytes holds no vector of 64 floats");
    }
}
