package dev.slsbench.emulator.container;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceGuardTest {

    @Test
    void givesEachMemorySizeItsShareOfTheHostsCores() {
        int cores = Runtime.getRuntime().availableProcessors();
        try (ResourceGuard guard = ResourceGuard.create(EnforcementMode.NONE)) {
            assertThat(guard.cfsQuotaMicros(6144)).isEqualTo(20_000L * cores);
            assertThat(guard.cfsQuotaMicros(3072)).isEqualTo(10_000L * cores);
            assertThat(guard.cfsQuotaMicros(1024)).isEqualTo(20_000L * cores / 6);
        }
    }

    @Test
    void weighsCompetingContainersByMemorySize() {
        assertThat(ResourceGuard.cpuShares(1024)).isEqualTo(1024);
        assertThat(ResourceGuard.cpuShares(3072)).isEqualTo(3 * ResourceGuard.cpuShares(1024));
    }

    @Test
    void saysWhenNothingIsEnforced() {
        try (ResourceGuard guard = ResourceGuard.create(EnforcementMode.NONE)) {
            assertThat(guard.describeMemory(2048)).isEqualTo("not enforced");
            assertThat(guard.describeCpu(2048)).startsWith("not limited");
            assertThat(guard.describe()).isEqualTo("memory: none; cpu: none");
        }
    }

    @Test
    void describesPollingAsTheMemoryFallback() {
        try (ResourceGuard guard = ResourceGuard.create(EnforcementMode.POLLING)) {
            assertThat(guard.describeMemory(1024)).isEqualTo("1024 MiB via resident-set polling every 50 ms");
        }
    }
}
