package dev.slsbench.examples.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The area under the ROC curve of scores against 0/1 labels: the probability that a random positive
 * scores above a random negative (ties count half), computed from ranks as the Mann-Whitney U
 * statistic. 0.5 is guessing, 1 is a perfect ranking.
 */
public final class AreaUnderCurve {

    private AreaUnderCurve() {
    }

    public static double of(double[] scores, float[] labels) {
        if (scores.length != labels.length || scores.length == 0) {
            throw new IllegalArgumentException(scores.length + " scores for " + labels.length + " labels");
        }
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double positiveRankSum = 0;
        long positives = 0;
        int start = 0;
        while (start < order.length) {
            int end = start;
            while (end + 1 < order.length && scores[order[end + 1]] == scores[order[start]]) {
                end++;
            }
            double averageRank = (start + end) / 2.0 + 1;
            for (int i = start; i <= end; i++) {
                if (labels[order[i]] == 1f) {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }
            start = end + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("the labels need both classes, got " + positives + " positives and "
                    + negatives + " negatives");
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
