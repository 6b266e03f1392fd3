package dev.slsbench.load;

import dev.slsbench.plan.BenchmarkPlan;
import dev.slsbench.plan.PayloadOrder;
import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExampleOrderTest {

    @Test
    void roundRobinSendsEachExampleInTurn() {
        assertThat(LongStream.range(0, 7).map(n -> ExampleOrder.ROUND_ROBIN.exampleIndex("s1024", n, 3)).toArray())
                .containsExactly(0L, 1L, 2L, 0L, 1L, 2L, 0L);
    }

    @Test
    void randomPicksRepeatFromTheSeedWhateverTheCallOrder() {
        ExampleOrder random = new ExampleOrder(PayloadOrder.RANDOM, 42);
        long[] forward = LongStream.range(0, 200).map(n -> random.exampleIndex("s1024", n, 4)).toArray();
        long[] backward = LongStream.iterate(199, n -> n - 1).limit(200)
                .map(n -> random.exampleIndex("s1024", n, 4)).toArray();

        for (int i = 0; i < 200; i++) {
            assertThat(backward[199 - i]).isEqualTo(forward[i]);
        }
        assertThat(forward).contains(0L, 1L, 2L, 3L).isNotEqualTo(LongStream.range(0, 200).map(n -> n % 4).toArray());
        assertThat(LongStream.range(0, 200).map(n -> new ExampleOrder(PayloadOrder.RANDOM, 43)
                .exampleIndex("s1024", n, 4)).toArray()).isNotEqualTo(forward);
        assertThat(LongStream.range(0, 200).map(n -> random.exampleIndex("s2048", n, 4)).toArray())
                .isNotEqualTo(forward);
    }

    @Test
    void aRandomPlanDrawsAndKeepsASeedUnlessOneIsGiven() {
        BenchmarkPlan drawn = BenchmarkPlan.builder("m").payloadOrder(PayloadOrder.RANDOM).build();
        BenchmarkPlan given = BenchmarkPlan.builder("m").payloadOrder(PayloadOrder.RANDOM).payloadSeed(7L).build();
        BenchmarkPlan roundRobin = BenchmarkPlan.builder("m").build();

        assertThat(drawn.payloadSeed()).isPresent();
        assertThat(drawn.toBuilder().build().payloadSeed()).isEqualTo(drawn.payloadSeed());
        assertThat(ExampleOrder.of(given)).isEqualTo(new ExampleOrder(PayloadOrder.RANDOM, 7));
        assertThat(roundRobin.payloadSeed()).isEmpty();
        assertThat(ExampleOrder.of(roundRobin).order()).isEqualTo(PayloadOrder.ROUND_ROBIN);
    }

    @Test
    void readsTheFlagSpellings() {
        assertThat(PayloadOrder.parse("round-robin")).isEqualTo(PayloadOrder.ROUND_ROBIN);
        assertThat(PayloadOrder.parse("RANDOM")).isEqualTo(PayloadOrder.RANDOM);
        assertThat(PayloadOrder.parse("once")).isEqualTo(PayloadOrder.ONCE);
        assertThatThrownBy(() -> PayloadOrder.parse("twice"))
                .hasMessage("'twice' is not a payload order; use round-robin, random, once");
    }
}
