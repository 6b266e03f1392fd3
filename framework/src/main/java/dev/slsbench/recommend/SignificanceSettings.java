package dev.slsbench.recommend;

/**
 * How demanding the significance-aware strategies are.
 *
 * @param alpha the one-sided significance level a preferred configuration must reach, in (0, 0.5]
 * @param minimumRelativeImprovement the smallest improvement worth a larger configuration, as a
 *        fraction of the smaller one's figure (0.05 = 5%); 0 asks for significance alone
 */
public record SignificanceSettings(double alpha, double minimumRelativeImprovement) {

    /** α = 0.05, no minimum improvement. */
    public static final SignificanceSettings DEFAULT = new SignificanceSettings(0.05, 0);

    public SignificanceSettings {
        if (!(alpha > 0 && alpha <= 0.5)) {
            throw new IllegalArgumentException("alpha: " + alpha + " is not within (0, 0.5]");
        }
        if (!(minimumRelativeImprovement >= 0 && minimumRelativeImprovement < 1)) {
            throw new IllegalArgumentException("minimumRelativeImprovement: " + minimumRelativeImprovement
                    + " is not within [0, 1)");
        }
    }
}
