package dev.slsbench.report;

import dev.slsbench.plan.ConcurrencyConfiguration;
import dev.slsbench.plan.StabilityConfiguration;
import dev.slsbench.result.ConfigurationResult;
import dev.slsbench.result.ConfigurationStatus;
import dev.slsbench.stats.ColdStartSummary;
import dev.slsbench.stats.OutcomeCounts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class IndexedConfigurationTest {

    private static IndexedConfiguration failed(String reason) {
        return new IndexedConfiguration(0, new ConfigurationResult(new StabilityConfiguration(2048), Optional.empty(),
                ConfigurationStatus.DEPLOYMENT_FAILED, Optional.ofNullable(reason), Instant.EPOCH, Instant.EPOCH,
                OutcomeCounts.NONE, Optional.empty(), Optional.empty(), Optional.empty(), ColdStartSummary.NONE,
                Optional.empty()));
    }

    @Test
    void saysHowAConfigurationEndedWithoutRepeatingTheStatus() {
        assertThat(failed("deployment failed: image not found").statusText()).isEqualTo("deployment failed: image not found");
        assertThat(failed("FailureReason: image not found").statusText())
                .isEqualTo("deployment failed: FailureReason: image not found");
        assertThat(failed(null).statusText()).isEqualTo("deployment failed");
        assertThat(failed(null).statusWord()).isEqualTo("not deployed");
    }

    @Test
    void namesConfigurationsByTheirShape() {
        assertThat(IndexedConfiguration.label(new StabilityConfiguration(1024))).isEqualTo("1024 MB");
        assertThat(IndexedConfiguration.label(new ConcurrencyConfiguration(2048, 4, 1)))
                .isEqualTo("2048 MB · MaxConcurrency 4 · 1 client");
        assertThat(IndexedConfiguration.label(new ConcurrencyConfiguration(2048, 4, 7)))
                .isEqualTo("2048 MB · MaxConcurrency 4 · 7 clients");
    }
}
