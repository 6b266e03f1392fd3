package dev.slsbench.examples.embedding;

import dev.slsbench.examples.container.InvalidInputException;
import dev.slsbench.examples.container.InvocationHandler;
import dev.slsbench.examples.container.InvocationRequest;
import dev.slsbench.examples.container.InvocationResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The recommender's handler in process, on a table of 1,024 vectors. */
class EmbeddingServerTest {

    private static final long TABLE_BYTES = 1024L * EmbeddingServer.DIMENSIONS * Float.BYTES;

    private final EmbeddingServer server = new EmbeddingServer(TABLE_BYTES);
    private final InvocationHandler handler = server.handler();

    @Test
    void scoresEachPairByTheSigmoidOfItsDotProduct() throws Exception {
        InvocationResponse response = handler.invoke(csv("3,500\n500,3\n"));

        String[] scores = new String(response.body(), StandardCharsets.UTF_8).split("\n");
        double expected = 1 / (1 + Math.exp(-4 * server.table().dot(3, 500)));
        assertThat(scores).hasSize(2);
        assertThat(Double.parseDouble(scores[0])).isCloseTo(expected, within(1e-6)).isEqualTo(Double.parseDouble(scores[1]));
    }

    @Test
    void buildsTheTableOnTheFirstCallOnly() throws Exception {
        handler.invoke(csv("1,2"));
        EmbeddingTable first = server.table();

        handler.invoke(csv("3,4"));

        assertThat(server.table()).isSameAs(first);
        assertThat(first.entityCount()).isEqualTo(1024);
    }

    @Test
    void refusesIdsOutsideTheTableOrNotWhole() {
        assertThatThrownBy(() -> handler.invoke(csv("1,2\n3,1024\n")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessage("pair 2: item id 1024.0 is not an entity id from 0 to 1023");
        assertThatThrownBy(() -> handler.invoke(csv("1.5,2"))).hasMessage("pair 1: user id 1.5 is not an entity id from 0 to 1023");
    }

    @Test
    void refusesATableWhoseIdsWouldNotTravelExactly() {
        assertThatThrownBy(() -> new EmbeddingServer(64L << 30)).hasMessageContaining("holds more than 16777216 entities");
    }

    private static InvocationRequest csv(String body) {
        return new InvocationRequest(Optional.of("text/csv"), Optional.empty(), body.getBytes(StandardCharsets.UTF_8));
    }
}
