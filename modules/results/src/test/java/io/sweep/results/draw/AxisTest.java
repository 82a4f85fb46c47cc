package io.sweep.results.draw;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ranges, ticks and labels of linear and logarithmic axes. */
class AxisTest {

    @Test
    void aLinearAxisPadsTheDataAndTicksAtNiceValues() {
        Axis axis = Axis.linear(0.1, 0.35, 6);
        assertEquals(0.1 - 0.0125, axis.lower(), 1e-12);
        assertEquals(0.35 + 0.0125, axis.upper(), 1e-12);
        assertFalse(axis.logarithmic());
        assertEquals(List.of("0.10", "0.15", "0.20", "0.25", "0.30", "0.35"), axis.labels());
        assertEquals(0.5, axis.fraction((axis.lower() + axis.upper()) / 2), 1e-12);
        for (double tick : axis.ticks()) {
            assertTrue(tick >= axis.lower() && tick <= axis.upper(), tick + " inside");
        }
    }

    @Test
    void aLinearAxisOfOneValueOrNoneStillHasARange() {
        Axis one = Axis.linear(3, 3, 5);
        assertTrue(one.lower() < 3 && one.upper() > 3);
        Axis none = Axis.linear(Double.NaN, Double.NaN, 5);
        assertTrue(none.upper() > none.lower());
        assertFalse(none.ticks().isEmpty());
    }

    @Test
    void aLogarithmicAxisTicksAtPowersOfTenOrAtOneTwoFive() {
        Axis decades = Axis.logarithmic(0.1, 100, false);
        assertTrue(decades.logarithmic());
        assertEquals(List.of(0.1, 1.0, 10.0, 100.0), decades.ticks());
        assertEquals(List.of("0.1", "1", "10", "100"), decades.labels());
        // Less than two decades: 1, 2 and 5 times the powers of ten.
        Axis widths = Axis.logarithmic(0.005, 0.08, false);
        assertEquals(List.of(0.005, 0.01, 0.02, 0.05), widths.ticks());
        assertEquals(List.of("0.005", "0.01", "0.02", "0.05"), widths.labels());
        assertEquals(0.5, widths.fraction(Math.sqrt(widths.lower() * widths.upper())), 1e-9);
    }

    @Test
    void wholeDecadesSpanThePowersOfTenAroundTheData() {
        Axis h = Axis.logarithmic(1.0 / 128, 1.0 / 8, true);
        assertEquals(0.001, h.lower(), 1e-9);
        assertEquals(1, h.upper(), 1e-6);
        assertEquals(List.of(0.001, 0.01, 0.1, 1.0), h.ticks());
        Axis errors = Axis.logarithmic(3e-7, 2e-3, true);
        assertEquals(List.of("1E-7", "1E-6", "1E-5", "1E-4", "1E-3", "1E-2"), errors.labels());
    }
}
