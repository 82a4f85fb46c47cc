package io.sweep.workloads;

import io.sweep.config.BadInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionValuesTest {

    @Test
    void acceptsPlainScientificAndUnderscoredWholeNumbers() {
        assertEquals(100_000_000L, OptionValues.wholeNumber("--points", "100000000", 1, Long.MAX_VALUE));
        assertEquals(100_000_000L, OptionValues.wholeNumber("--points", "1e8", 1, Long.MAX_VALUE));
        assertEquals(100_000_000L, OptionValues.wholeNumber("--points", " 100_000_000 ", 1, Long.MAX_VALUE));
    }

    @Test
    void rejectsFractionsWordsAndOutOfRangeWithTheOptionNameAndWhatIsAccepted() {
        BadInputException word = assertThrows(BadInputException.class,
                () -> OptionValues.wholeNumber("--points", "lots", 1, Long.MAX_VALUE));
        assertEquals("--points 'lots' is not a whole number: use a whole number >= 1", word.getMessage());
        BadInputException zero = assertThrows(BadInputException.class,
                () -> OptionValues.wholeNumber("--points", "0", 1, Long.MAX_VALUE));
        assertEquals("--points 0 is invalid: use a whole number >= 1", zero.getMessage());
        assertThrows(BadInputException.class, () -> OptionValues.wholeNumber("--k", "1.5", 0, 10));
        assertThrows(BadInputException.class, () -> OptionValues.wholeNumber("--k", "", 0, 10));
        assertThrows(BadInputException.class, () -> OptionValues.wholeNumber("--k", "99999999999999999999", 0, 10));
    }

    @Test
    void listsMixValuesAndInclusiveRanges() {
        assertEquals(List.of(1L, 2L, 3L, 7L), OptionValues.wholeNumberList("--values", "1..3,7", -9, 9, 10));
        assertEquals(List.of(-1L, 0L, 1L), OptionValues.wholeNumberList("--values", "-1..1", -9, 9, 10));
        BadInputException tooMany = assertThrows(BadInputException.class,
                () -> OptionValues.wholeNumberList("--values", "1..50", -99, 99, 10));
        assertTrue(tooMany.getMessage().startsWith("--values range '1..50' is invalid"), tooMany.getMessage());
        assertThrows(BadInputException.class, () -> OptionValues.wholeNumberList("--values", "1,,2", -9, 9, 10));
        assertThrows(BadInputException.class, () -> OptionValues.wholeNumberList("--values", "3..1", -9, 9, 10));
    }

    @Test
    void messagesAreOneLine() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> OptionValues.decimal("--sleep", "x\ny", 0, 1));
        assertEquals("--sleep 'x?y' is not a number: use a number between 0.0 and 1.0", e.getMessage());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1__0", "_10", "10_", "1_e8", "1e_8"})
    void underscoresGoOnlyBetweenTwoDigits(String text) {
        assertThrows(BadInputException.class,
                () -> OptionValues.wholeNumber("--points", text, 1, Long.MAX_VALUE));
    }
}
