package dev.slsbench.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.51249|0.512 ms", "4.5649|4.56 ms", "45.65|45.7 ms", "456.5|457 ms", "4567.4|4,567 ms",
        "9.996|10.0 ms", "99.96|100 ms", "0|0.00 ms", "1234567.8|1,234,568 ms"})
    void writesLatenciesWithThreeSignificantDigitsAndWholeMillisecondsFromOneHundred(double millis, String text) {
        assertThat(Formats.millis(millis)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.000003917412|$0.000003917", "0.45678|$0.4568", "3.9174|$3.92", "1234.567|$1,234.57", "0|$0.00",
        "0.00000000089852|$0.0000000008985", "-2.5|-$2.50"})
    void writesMoneyWithFourSignificantDigitsBelowADollarAndCentsAbove(String usd, String text) {
        assertThat(Formats.usd(new BigDecimal(usd))).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0.0%", "0.125|12.5%", "0.0004|<0.1%", "0.0005|0.1%", "1|100.0%"})
    void writesRatesAsPercentagesWithOneDecimal(double fraction, String text) {
        assertThat(Formats.percentOfFraction(fraction)).isEqualTo(text);
    }

    @Test
    void groupsThousandsWithCommasAndUsesAPointWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            for (Locale locale : new Locale[] {Locale.GERMANY, Locale.FRANCE, Locale.forLanguageTag("hi-IN"),
                Locale.forLanguageTag("ar-EG")}) {
                Locale.setDefault(locale);
                assertThat(Formats.count(1234567)).isEqualTo("1,234,567");
                assertThat(Formats.number(-9876543.215, 2)).isEqualTo("-9,876,543.22");
                assertThat(Formats.millis(1234.5)).isEqualTo("1,235 ms");
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void writesBytesCompactCountsDurationsAndTimestamps() {
        assertThat(Formats.bytes(512)).isEqualTo("512 B");
        assertThat(Formats.bytes(48.3)).isEqualTo("48.3 B");
        assertThat(Formats.bytes(1536)).isEqualTo("1.50 KiB");
        assertThat(Formats.bytes(3.5 * 1024 * 1024)).isEqualTo("3.50 MiB");
        assertThat(Formats.compactCount(2_500_000)).isEqualTo("2.5M");
        assertThat(Formats.compactCount(500_000)).isEqualTo("500k");
        assertThat(Formats.compactCount(0)).isEqualTo("0");
        assertThat(Formats.duration(Duration.ZERO)).isEqualTo("none");
        assertThat(Formats.duration(Duration.ofMillis(850))).isEqualTo("850 ms");
        assertThat(Formats.exact(1.75)).isEqualTo("1.75");
        assertThat(Formats.exact(2.0)).isEqualTo("2");
        assertThat(Formats.duration(Duration.ofSeconds(400))).isEqualTo("6 min 40 s");
        assertThat(Formats.duration(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
        assertThat(Formats.timestamp(Instant.parse("2025-03-04T10:00:00.9Z"))).isEqualTo("2025-03-04 10:00:00 UTC");
    }
}
