package dev.slsbench.provision;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceNamesTest {

    @Test
    void namesFollowTheToolkitsStyleWithRunIdAndKey() {
        ResourceNames names = new ResourceNames("churn", "abc12345", new Random(1));

        ResourceNames.EndpointNames pair = names.next("s2048");

        assertThat(pair.endpointName()).matches("churn-ep-abc12345-s2048-[a-z0-9]{5}");
        assertThat(pair.endpointConfigName()).matches("churn-cfg-abc12345-s2048-[a-z0-9]{5}");
        assertThat(pair.endpointName().substring(pair.endpointName().length() - 5))
                .isEqualTo(pair.endpointConfigName().substring(pair.endpointConfigName().length() - 5));
    }

    @Test
    void longModelNamesAreShortenedToStayWithinSixtyThreeValidCharacters() {
        String model = "a-very-long-model-name-that-goes-on-and-on-and-on-for-63-chars";
        ResourceNames names = new ResourceNames(model, "runid-with-16chr", new Random(2));

        ResourceNames.EndpointNames pair = names.next("o12-6144-200");

        assertThat(pair.endpointName()).hasSizeLessThanOrEqualTo(63).matches(ResourceNames.NAME_PATTERN);
        assertThat(pair.endpointConfigName()).hasSizeLessThanOrEqualTo(63).matches(ResourceNames.NAME_PATTERN)
                .startsWith("a-very-long").doesNotContain("--cfg");
    }

    @Test
    void everyPairIsFreshEvenForTheSameKey() {
        ResourceNames names = new ResourceNames("m", "run", new Random(3));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(names.next("s1024").endpointName())).isTrue();
        }
    }
}
