package io.sweep.config.study;

import io.sweep.config.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpressionTest {

    private static double at(String text, double x, double y, Map<String, Double> values) {
        return Expression.parse("--source", text).bind(values).at(x, y);
    }

    @Test
    void seminarSourceHasTheBitsOfTheHandWrittenGaussian() {
        for (double[] p : new double[][] {{0.1, 0.7}, {0.5, 0.5}, {0.123456789, 0.987654321}, {1, 0}}) {
            double dx = p[0] - 0.5, dy = p[1] - 0.5;
            double expected = 10.0 * Math.exp(-(dx * dx + dy * dy) / 0.02);
            assertEquals(expected, at(Problem.SOURCE, p[0], p[1], Map.of("alpha", 10.0)), 0.0);
        }
    }

    @Test
    void precedenceAssociativityAndUnaryMinusAreMathematical() {
        Map<String, Double> none = Map.of();
        assertEquals(-4.0, at("-2^2", 0, 0, none), 0.0);
        assertEquals(512.0, at("2^3^2", 0, 0, none), 0.0);
        assertEquals(7.0, at("1+2*3", 0, 0, none), 0.0);
        assertEquals(1.0, at("8/4/2", 0, 0, none), 0.0);
        assertEquals(-1.0, at("2-3", 0, 0, none), 0.0);
        assertEquals(Math.PI, at("pi", 0, 0, none), 0.0);
        assertEquals(0.001, at("1e-3", 0, 0, none), 0.0);
        assertEquals(Math.sqrt(2) + Math.abs(-3), at("sqrt(2)+abs(-3)", 0, 0, none), 0.0);
        assertEquals(3 * 0.25 + 2, at("k_1*x+y", 0.25, 2, Map.of("k_1", 3.0)), 0.0);
    }

    /** Each operator with a constant on the left, on the right, on both sides and on neither. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "x - 0.5", "0.5 - x", "x + 0.25", "3 + y", "x * 10", "10 * y", "x / 0.3", "0.3 / (y + 1)",
        "x ^ 1.5", "1.5 ^ y", "x ^ y", "(x - 0.5) * (y + 2) / (x + 1) - y ^ 3",
        "2 - 3", "10*exp(-((x-0.5)^2+(y-0.5)^2)/w)", "-(x*w)/(w-y) + w^x - log(w)*sin(5*x)"})
    void valuesOverArraysHaveTheBitsOfValuesAtPoints(String text) {
        Term term = Expression.parse("--source", text).bind(Map.of("w", 0.0123));
        int n = 37;
        double[] x = new double[n], y = new double[n], out = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.03 * i - 0.1;
            y[i] = 1.7 - 0.045 * i;
        }
        term.atAll(x, y, n, out);
        for (int i = 0; i < n; i++) {
            assertEquals(Double.doubleToRawLongBits(term.at(x[i], y[i])), Double.doubleToRawLongBits(out[i]),
                    text + " at (" + x[i] + ", " + y[i] + ")");
        }
    }

    @Test
    void parametersAreListedInOrderOfUse() {
        Expression e = Expression.parse("--source", "a*exp(-(x-x0)^2/w) + a + sin(k_1*y)");
        assertEquals(List.of("a", "x0", "w", "k_1"), List.copyOf(e.parameters()));
    }

    @Test
    void aFactorOfTheWholeSourceIsFound() {
        assertTrue(Expression.parse("--source", "alpha*exp(-x/w)").factor("alpha").isPresent());
        assertTrue(Expression.parse("--source", "exp(-x/w)*alpha").factor("alpha").isPresent());
        assertTrue(Expression.parse("--source", "alpha*x + 1").factor("alpha").isEmpty());
        assertTrue(Expression.parse("--source", "alpha*(x+alpha)").factor("alpha").isEmpty());
        assertTrue(Expression.parse("--source", "alpha*exp(-x/w)").factor("w").isEmpty());
        assertTrue(Expression.parse("--source", "k*sin(pi*x)*exp(-y)").factor("k").isPresent());
        assertTrue(Expression.parse("--source", "-(x*k)/2").factor("k").isPresent());
        assertTrue(Expression.parse("--source", "x/k").factor("k").isEmpty());
        assertTrue(Expression.parse("--source", "k^2*x").factor("k").isEmpty());
        assertTrue(Expression.parse("--source", "k*x+k").factor("k").isEmpty());
        double shape = Expression.parse("--source", "k*sin(pi*x)*exp(-y)").factor("k").orElseThrow().at(0.3, 0.7);
        assertEquals(Math.sin(Math.PI * 0.3) * Math.exp(-0.7), shape, 0.0);
    }

    @Test
    void equalTextsAndValuesGiveEqualTrees() {
        assertEquals(Expression.parse("--source", "exp(-x/w)").bind(Map.of("w", 0.5)),
                Expression.parse("--source", "exp(-x/w)").bind(Map.of("w", 0.5)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "x+*y|an operand missing before '*' at position 3",
            "(x+y|a '(' that is never closed at position 1",
            "x+y)|a ')' that closes nothing at position 4",
            "2x|'x' where an operator is expected (write * for products) at position 2",
            "foo(x)|the unknown function 'foo' at position 1",
            "x+|ends where an operand is expected at position 3",
            "x # y|the character '#', which is not allowed at position 3",
            "exp + 1|the function 'exp' without an argument in parentheses at position 1",
            "1.2.3|a malformed number at position 1",
            "1e+|a malformed exponent in a number at position 2",
    })
    void syntaxErrorsNameTheirPosition(String text, String message) {
        BadInputException e = assertThrows(BadInputException.class, () -> Expression.parse("--source", text));
        assertTrue(e.getMessage().startsWith("--source '" + text + "' has " + message)
                || e.getMessage().startsWith("--source '" + text + "' calls " + message)
                || e.getMessage().startsWith("--source '" + text + "' uses " + message)
                || e.getMessage().startsWith("--source '" + text + "' ends " + message.substring(5)), e.getMessage());
        assertTrue(e.getMessage().contains("use numbers, x, y, pi"), e.getMessage());
    }

    @Test
    void emptyAndReservedNamesAreRefused() {
        assertThrows(BadInputException.class, () -> Expression.parse("--flux", "  "));
        BadInputException e = assertThrows(BadInputException.class, () -> Expression.parse("--flux", "floor*x"));
        assertTrue(e.getMessage().contains("'floor' is reserved"), e.getMessage());
    }
}
