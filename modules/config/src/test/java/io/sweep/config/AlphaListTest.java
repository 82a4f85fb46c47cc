package io.sweep.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlphaListTest {

    @Test
    void listsNumbersInTheOrderGiven() {
        assertEquals(List.of(0.1, 1.0, 10.0, 100.0), AlphaList.parse("0.1,1,10,100"));
        assertEquals(List.of(-2.5, 3e-4, 1.0), AlphaList.parse(" -2.5 , 3e-4,+1 "));
    }

    @Test
    void linearRangeHitsBothEndsExactly() {
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75, 1.0), AlphaList.parse("0:1:5"));
        List<Double> tenths = AlphaList.parse("0.1:0.7:7");
        assertEquals(0.1, tenths.get(0));
        assertEquals(0.7, tenths.get(6));
        assertEquals(7, tenths.size());
        assertEquals(List.of(5.0, 4.0, 3.0), AlphaList.parse("5:3:3"), "descending ranges count down");
    }

    @Test
    void logRangeIsGeometricWithExactEnds() {
        List<Double> values = AlphaList.parse("log:0.1:100:31");
        assertEquals(31, values.size());
        assertEquals(0.1, values.get(0));
        assertEquals(100.0, values.get(30), "not 99.99999999999997");
        assertEquals(1.0, values.get(10), 1e-15);
        assertEquals(10.0, values.get(20), 1e-14);
        for (int i = 1; i < values.size(); i++) {
            assertEquals(Math.pow(10, 0.1), values.get(i) / values.get(i - 1), 1e-12, "constant ratio at " + i);
        }
    }

    @Test
    void rangeOfOneIsItsStartAndItemsMix() {
        assertEquals(List.of(7.0), AlphaList.parse("7:9:1"));
        assertEquals(List.of(0.5, 1.0, 2.0, 3.0, 100.0), AlphaList.parse("0.5,1:3:3,log:100:100:1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1,,2", "1,", "abc", "nan", "NaN", "inf", "Infinity", "-Infinity", "1e400",
            "0x10", "1d", "1f", "0:1:0", "0:1:-1", "0:1:2.5", "0:1", "0:1:2:3", "log:0:1:3", "log:-1:1:3",
            "log:1:2", "lin:1:2:3", "1,1", "0,-0"})
    void refusesWithOneLineSayingWhatIsAccepted(String text) {
        BadInputException e = assertThrows(BadInputException.class, () -> AlphaList.parse(text));
        assertTrue(e.getMessage().startsWith("--alphas"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void nullIsEmpty() {
        assertThrows(BadInputException.class, () -> AlphaList.parse(null));
    }

    @Test
    void moreValuesThanASweepRunsAreRefusedBeforeTheyAreMade() {
        BadInputException huge = assertThrows(BadInputException.class, () -> AlphaList.parse("0:1:1000000000"));
        assertTrue(huge.getMessage().contains("at most " + TaskLimit.MAX), huge.getMessage());
        assertEquals(TaskLimit.MAX, AlphaList.parse("0:1:" + TaskLimit.MAX).size());
        assertThrows(BadInputException.class, () -> AlphaList.parse("5,0:1:" + TaskLimit.MAX), "the limit is on the whole list");
    }

    @Test
    void negativeZeroIsZero() {
        assertEquals("[0.0]", AlphaList.parse("-0").toString());
        assertEquals("[0.0, 1.0]", AlphaList.parse("-0:1:2").toString());
        assertThrows(BadInputException.class, () -> AlphaList.parse("0,-0"), "one α, given twice");
    }
}
