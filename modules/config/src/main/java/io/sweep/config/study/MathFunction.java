package io.sweep.config.study;

import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/** The functions an expression may call: {@code exp log sqrt sin cos tan abs}. */
public enum MathFunction {
    EXP(Math::exp), LOG(Math::log), SQRT(Math::sqrt), SIN(Math::sin), COS(Math::cos), TAN(Math::tan),
    ABS(Math::abs);

    /** The names, as the messages list them. */
    public static final String NAMES = "exp, log, sqrt, sin, cos, tan, abs";

    private final DoubleUnaryOperator function;

    MathFunction(DoubleUnaryOperator function) {
        this.function = function;
    }

    public double apply(double v) {
        return function.applyAsDouble(v);
    }

    /** v[i] = apply(v[i]) for i < n. */
    public void applyAll(double[] v, int n) {
        DoubleUnaryOperator f = function;
        for (int i = 0; i < n; i++) {
            v[i] = f.applyAsDouble(v[i]);
        }
    }

    public String symbol() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MathFunction> named(String name) {
        for (MathFunction f : values()) {
            if (f.symbol().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
