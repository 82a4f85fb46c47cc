package io.sweep.config.study;

import java.util.Optional;

/**
 * Bounds of a bound expression (no parameters left) over a rectangle, by interval arithmetic:
 * when they are finite, the expression is finite at every point of the rectangle, which spares
 * checking it node by node. Conservative: any operation whose bounds it cannot tell (a divisor,
 * a logarithm's or a square root's argument reaching 0, tan, a general power, exp of a large
 * argument) gives no bounds, and the caller checks point by point. Every step widens its
 * result outwards by far more than its rounding error (1e-14 of the magnitudes involved), so
 * that a singular point on the domain's edge (1/x at x = 0) is never rounded away.
 *
 * @param lo the smallest value the expression can take
 * @param hi the largest
 */
public record Bounds(double lo, double hi) {
    /** Beyond this, rounding could reach infinity: no bounds. */
    private static final double LARGE = 1e300;
    /** Relative widening of each step, far above double rounding (1.1e-16). */
    private static final double SLACK = 1e-14;

    /** [lo, hi] widened by SLACK times scale (the magnitude of what was computed) on each side. */
    private static Bounds widened(double lo, double hi, double scale) {
        double pad = SLACK * scale + Double.MIN_NORMAL;
        return Double.isNaN(lo) || Double.isNaN(hi) ? null : new Bounds(lo - pad, hi + pad);
    }

    private double magnitude() {
        return Math.max(Math.abs(lo), Math.abs(hi));
    }

    /** The bounds of term over [x0,x1]x[y0,y1], or empty when they cannot be told finite. */
    public static Optional<Bounds> of(Term term, Domain domain) {
        return Optional.ofNullable(bounds(term, domain)).filter(Bounds::finite);
    }

    private boolean finite() {
        return lo >= -LARGE && hi <= LARGE;
    }

    private static Bounds bounds(Term term, Domain d) {
        if (term instanceof Term.Constant c) {
            return new Bounds(c.value(), c.value());
        } else if (term instanceof Term.Coordinate c) {
            return c.horizontal() ? new Bounds(d.x0(), d.x1()) : new Bounds(d.y0(), d.y1());
        } else if (term instanceof Term.Negation n) {
            Bounds b = bounds(n.operand(), d);
            return b == null ? null : new Bounds(-b.hi, -b.lo);
        } else if (term instanceof Term.Square s) {
            Bounds b = bounds(s.base(), d);
            if (b == null) {
                return null;
            }
            double a = b.lo * b.lo, c = b.hi * b.hi;
            return widened(b.lo <= 0 && b.hi >= 0 ? 0 : Math.min(a, c), Math.max(a, c), Math.max(a, c));
        } else if (term instanceof Term.Call c) {
            Bounds b = bounds(c.argument(), d);
            return b == null ? null : call(c.function(), b);
        } else if (term instanceof Term.Binary b) {
            Bounds l = bounds(b.left(), d), r = bounds(b.right(), d);
            return l == null || r == null ? null : binary(b.operator(), l, r);
        }
        return null;
    }

    private static Bounds call(MathFunction f, Bounds b) {
        Bounds exact = switch (f) {
            case EXP -> b.hi < 700 ? new Bounds(Math.exp(b.lo), Math.exp(b.hi)) : null;
            case LOG -> b.lo > 1e-300 ? new Bounds(Math.log(b.lo), Math.log(b.hi)) : null;
            case SQRT -> b.lo > 0 ? new Bounds(Math.sqrt(b.lo), Math.sqrt(b.hi)) : null;
            case SIN, COS -> new Bounds(-1, 1);
            case TAN -> null;
            case ABS -> new Bounds(b.lo <= 0 && b.hi >= 0 ? 0 : Math.min(Math.abs(b.lo), Math.abs(b.hi)),
                    b.magnitude());
        };
        return exact == null ? null : widened(exact.lo, exact.hi, exact.magnitude());
    }

    private static Bounds binary(Term.Operator op, Bounds l, Bounds r) {
        double operands = l.magnitude() + r.magnitude();
        return switch (op) {
            case PLUS -> widened(l.lo + r.lo, l.hi + r.hi, operands);
            case MINUS -> widened(l.lo - r.hi, l.hi - r.lo, operands);
            case TIMES -> hull(l.lo * r.lo, l.lo * r.hi, l.hi * r.lo, l.hi * r.hi);
            case DIVIDE -> r.lo > 1e-300 || r.hi < -1e-300
                    ? hull(l.lo / r.lo, l.lo / r.hi, l.hi / r.lo, l.hi / r.hi) : null;
            case POWER -> null;
        };
    }

    private static Bounds hull(double a, double b, double c, double e) {
        double lo = Math.min(Math.min(a, b), Math.min(c, e)), hi = Math.max(Math.max(a, b), Math.max(c, e));
        return widened(lo, hi, Math.max(Math.abs(lo), Math.abs(hi)));
    }
}
