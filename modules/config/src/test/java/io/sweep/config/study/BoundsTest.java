package io.sweep.config.study;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundsTest {
    private static boolean bounded(String text, Domain domain, Map<String, Double> values) {
        return Bounds.of(Expression.parse("--source", text).bind(values), domain).isPresent();
    }

    @Test
    void smoothDataAreBoundedAndContainTheirValues() {
        Term gaussian = Expression.parse("--source", "10*exp(-((x-0.5)^2+(y-0.5)^2)/w)").bind(Map.of("w", 0.005));
        Bounds b = Bounds.of(gaussian, Domain.UNIT_SQUARE).orElseThrow();
        for (double x = 0; x <= 1; x += 0.125) {
            for (double y = 0; y <= 1; y += 0.125) {
                double v = gaussian.at(x, y);
                assertTrue(b.lo() <= v && v <= b.hi(), v + " outside " + b);
            }
        }
        assertTrue(bounded("sin(5*x)+cos(3*y)*abs(x-y)", new Domain(-1, 0, 1, 3), Map.of()));
        assertTrue(bounded("log(1+x^2)/sqrt(2+y)", Domain.UNIT_SQUARE, Map.of()));
    }

    @Test
    void singularOrUnknownDataAreLeftToTheNodeByNodeCheck() {
        assertTrue(!bounded("1/x", Domain.UNIT_SQUARE, Map.of()));
        assertTrue(!bounded("1/(x-0.5+0.5)", Domain.UNIT_SQUARE, Map.of()));
        assertTrue(!bounded("log(x)", Domain.UNIT_SQUARE, Map.of()));
        assertTrue(!bounded("sqrt(x)", Domain.UNIT_SQUARE, Map.of()), "sqrt at 0 is left to the nodes");
        assertTrue(!bounded("exp(-x/w)", Domain.UNIT_SQUARE, Map.of("w", 0.0)));
        assertTrue(!bounded("tan(x)", Domain.UNIT_SQUARE, Map.of()));
        assertTrue(!bounded("x^3", Domain.UNIT_SQUARE, Map.of()));
        assertTrue(!bounded("exp(1000*x)", Domain.UNIT_SQUARE, Map.of()));
    }
}
