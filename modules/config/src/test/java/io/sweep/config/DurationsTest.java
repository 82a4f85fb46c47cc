package io.sweep.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @Test
    void readsUnitsAndCombinations() {
        assertEquals(Duration.ofSeconds(90), Durations.parse("90s", "--timeout"));
        assertEquals(Duration.ofMinutes(5), Durations.parse("5m", "--timeout"));
        assertEquals(Duration.ofMinutes(90), Durations.parse("1h30m", "--timeout"));
        assertEquals(Duration.ofMinutes(90), Durations.parse("1.5h", "--timeout"));
        assertEquals(Duration.ofMillis(250), Durations.parse("250ms", "--timeout"));
        assertEquals(Duration.ofMillis(3_723_004), Durations.parse("1h2m3s4ms", "--timeout"));
        assertEquals(Duration.ofSeconds(2), Durations.parse(" 2S ", "--timeout"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "s", "5x", "1m1h", "5m5m", "-5s", "0s", "0ms", "1.5", "1 h", "9999d", "400000h"})
    void refusesOthersInOneLine(String text) {
        BadInputException e = assertThrows(BadInputException.class, () -> Durations.parse(text, "--timeout"));
        assertTrue(e.getMessage().startsWith("--timeout '" + text + "'"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
