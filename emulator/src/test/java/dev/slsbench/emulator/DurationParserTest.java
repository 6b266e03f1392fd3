package dev.slsbench.emulator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The duration grammar the emulator, the CLI and the engine share: the union of what each read before. */
class DurationParserTest {

    @ParameterizedTest
    @CsvSource({
        "250ms, PT0.25S", "90s, PT1M30S", "1.5s, PT1.5S", "5m, PT5M", "1.5m, PT1M30S", "2h, PT2H", "30, PT30S",
        "0.25, PT0.25S", "0, PT0S", "30 s, PT30S", "500 MS, PT0.5S", "PT30S, PT30S", "pt1m, PT1M", "P1D, PT24H",
        "PT0.5S, PT0.5S", "-PT1S, PT-1S", "-5s, PT-5S", ".5s, PT0.5S"})
    void readsEveryFormAFrontEndAcceptedBefore(String text, String iso) {
        assertThat(DurationParser.parse(text)).isEqualTo(Duration.parse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "2 weeks", "", "ms", "1e3s", "1.2.3s", "5d", "PT"})
    void refusesWhatIsNoDurationSayingWhatItExpects(String text) {
        assertThatThrownBy(() -> DurationParser.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not a duration such as 250ms, 90s, 1.5m, 1h, PT30S or 30 (seconds)");
    }
}
