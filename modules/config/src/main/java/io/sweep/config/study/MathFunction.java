package io.sweep.config.study;

import java.util.Locale;
import java.util.Optional;

/** The functions an expression may call: {@code exp log sqrt sin cos tan abs}. */
public enum MathFunction {
    EXP, LOG, SQRT, SIN, COS, TAN, ABS;

    /** The names, as the messages list them. */
    public static final String NAMES = "exp, log, sqrt, sin, cos, tan, abs";

    public double apply(double v) {
        return switch (this) {
            case EXP -> Math.exp(v);
            case LOG -> Math.log(v);
            case SQRT -> Math.sqrt(v);
            case SIN -> Math.sin(v);
            case COS -> Math.cos(v);
            case TAN -> Math.tan(v);
            case ABS -> Math.abs(v);
        };
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
