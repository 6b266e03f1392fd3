package dev.slsbench.load;

import dev.slsbench.payload.Invocation;
import dev.slsbench.payload.Payloads;
import dev.slsbench.plan.PayloadOrder;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class ExamplePickerTest {

    private static Payloads weighted(Double... weights) {
        List<Invocation> examples = IntStream.range(0, weights.length)
                .mapToObj(i -> Invocation.of("example " + i, "text/plain")).toList();
        return new Payloads(examples, List.of(weights));
    }

    private static long[] counts(ExamplePicker picker, int examples, long calls) {
        long[] counts = new long[examples];
        for (long n = 0; n < calls; n++) {
            counts[picker.exampleIndex("s1024", n)]++;
        }
        return counts;
    }

    @Test
    void randomDrawsInProportionToTheWeights() {
        ExamplePicker picker = new ExamplePicker(new ExampleOrder(PayloadOrder.RANDOM, 20261204L),
                weighted(1.0, 2.0, 3.0, 4.0));
        double[] expected = {1000, 2000, 3000, 4000};

        long[] observed = counts(picker, 4, 10_000);

        // A chi-square goodness-of-fit test at the 1% level: with the seed fixed the draw is fixed, and
        // uniform draws (weights ignored) give a p-value of about 1e-300.
        double pValue = new ChiSquareTest().chiSquareTest(expected, observed);
        assertThat(pValue).as("p-value of %s against %s", Arrays.toString(observed), Arrays.toString(expected))
                .isGreaterThan(0.01);
        assertThat(new ChiSquareTest().chiSquareTest(new double[] {2500, 2500, 2500, 2500}, observed))
                .as("the same draws against uniform weights").isLessThan(1e-6);
    }

    @Test
    void randomDrawsOfFractionalWeightsAreInProportionToo() {
        ExamplePicker picker = new ExamplePicker(new ExampleOrder(PayloadOrder.RANDOM, 7L), weighted(0.25, 0.75));

        long[] observed = counts(picker, 2, 8_000);

        assertThat(new ChiSquareTest().chiSquareTest(new double[] {2000, 6000}, observed)).isGreaterThan(0.01);
    }

    @Test
    void weightedRoundRobinSendsEachExampleItsWeightsWorthPerCycleSpreadOut() {
        ExamplePicker picker = new ExamplePicker(ExampleOrder.ROUND_ROBIN, weighted(3.0, 1.0));

        assertThat(LongStream.range(0, 8).map(n -> picker.exampleIndex("s1024", n)).toArray())
                .containsExactly(0, 0, 1, 0, 0, 0, 1, 0);
        assertThat(counts(picker, 2, 400)).containsExactly(300, 100);
    }

    @Test
    void weightedRoundRobinApportionsFractionalWeights() {
        ExamplePicker picker = new ExamplePicker(ExampleOrder.ROUND_ROBIN, weighted(0.5, 1.5));

        assertThat(counts(picker, 2, ExamplePicker.APPORTIONED_CYCLE)).containsExactly(2_500, 7_500);
    }

    @Test
    void equalWeightsKeepThePlainOrders() {
        Payloads payloads = weighted(2.0, 2.0, 2.0);
        ExampleOrder random = new ExampleOrder(PayloadOrder.RANDOM, 42);

        for (long n = 0; n < 50; n++) {
            assertThat(new ExamplePicker(ExampleOrder.ROUND_ROBIN, payloads).exampleIndex("c1", n)).isEqualTo(n % 3);
            assertThat(new ExamplePicker(random, payloads).exampleIndex("c1", n))
                    .isEqualTo(random.exampleIndex("c1", n, 3));
        }
    }

    @Test
    void onceTakesTheExamplesInFileOrderAndIgnoresWeights() {
        ExamplePicker picker = new ExamplePicker(new ExampleOrder(PayloadOrder.ONCE, 0), weighted(5.0, 1.0, 1.0));

        assertThat(LongStream.range(0, 3).map(n -> picker.exampleIndex("o0", n)).toArray()).containsExactly(0, 1, 2);
        assertThat(new ExampleOrder(PayloadOrder.ONCE, 0).calls(100, 3)).isEqualTo(3);
        assertThat(ExampleOrder.ROUND_ROBIN.calls(100, 3)).isEqualTo(100);
    }
}
