package dev.slsbench.emulator.runtime;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The variants an endpoint serves from, as one deployment: replaced as a whole by UpdateEndpoint.
 */
public final class Deployment {

    private final List<LiveVariant> variants;
    private final double totalWeight;

    Deployment(List<LiveVariant> variants) {
        this.variants = List.copyOf(variants);
        this.totalWeight = variants.stream().mapToDouble(LiveVariant::weight).sum();
    }

    List<LiveVariant> variants() {
        return variants;
    }

    /** The variant a call goes to: the named one, else one drawn by weight. */
    Optional<LiveVariant> choose(String targetVariant) {
        if (targetVariant != null) {
            return variants.stream().filter(variant -> variant.name().equals(targetVariant)).findFirst();
        }
        if (variants.size() == 1 || totalWeight <= 0) {
            return Optional.of(variants.get(variants.size() == 1 ? 0 : ThreadLocalRandom.current().nextInt(variants.size())));
        }
        double draw = ThreadLocalRandom.current().nextDouble(totalWeight);
        for (LiveVariant variant : variants) {
            draw -= variant.weight();
            if (draw < 0) {
                return Optional.of(variant);
            }
        }
        return Optional.of(variants.getLast());
    }

    /** Stops idle containers now and busy ones as their calls end. */
    void retire() {
        variants.forEach(variant -> variant.fleet().close());
    }

    void shutdown(long timeoutMillis) {
        variants.forEach(variant -> variant.fleet().shutdown(timeoutMillis));
    }
}
