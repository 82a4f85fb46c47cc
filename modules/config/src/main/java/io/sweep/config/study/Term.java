package io.sweep.config.study;

import java.util.Map;
import java.util.Set;

/**
 * An expression as a tree, evaluated node by node at a point (x, y): parsed once, never re-read
 * per point. Records, so that two trees with the same shape and constants are equal (a solver
 * recognises a source it has already solved for). {@link #bind} replaces parameters by their
 * values, which leaves a tree in x and y only.
 */
public sealed interface Term {

    double at(double x, double y);

    /**
     * out[i] = at(x[i], y[i]) for i < n, node by node over the arrays (one pass per node instead
     * of one tree walk per point); the same arithmetic, so the same bits as {@link #at}.
     */
    void atAll(double[] x, double[] y, int n, double[] out);

    /** This tree with every parameter that {@code values} names replaced by its value. */
    Term bind(Map<String, Double> values);

    /** Adds the parameter names this tree uses to {@code names}. */
    void collectParameters(Set<String> names);

    record Constant(double value) implements Term {
        public double at(double x, double y) {
            return value;
        }

        public void atAll(double[] x, double[] y, int n, double[] out) {
            java.util.Arrays.fill(out, 0, n, value);
        }

        public Term bind(Map<String, Double> values) {
            return this;
        }

        public void collectParameters(Set<String> names) {
        }
    }

    /** The coordinate x (horizontal = true) or y. */
    record Coordinate(boolean horizontal) implements Term {
        public double at(double x, double y) {
            return horizontal ? x : y;
        }

        public void atAll(double[] x, double[] y, int n, double[] out) {
            System.arraycopy(horizontal ? x : y, 0, out, 0, n);
        }

        public Term bind(Map<String, Double> values) {
            return this;
        }

        public void collectParameters(Set<String> names) {
        }
    }

    record Parameter(String name) implements Term {
        public double at(double x, double y) {
            throw new IllegalStateException("parameter " + name + " has no value: bind it first");
        }

        public void atAll(double[] x, double[] y, int n, double[] out) {
            at(0, 0);
        }

        public Term bind(Map<String, Double> values) {
            Double value = values.get(name);
            return value == null ? this : new Constant(value);
        }

        public void collectParameters(Set<String> names) {
            names.add(name);
        }
    }

    record Negation(Term operand) implements Term {
        public double at(double x, double y) {
            return -operand.at(x, y);
        }

        public void atAll(double[] x, double[] y, int n, double[] out) {
            operand.atAll(x, y, n, out);
            for (int i = 0; i < n; i++) {
                out[i] = -out[i];
            }
        }

        public Term bind(Map<String, Double> values) {
            return new Negation(operand.bind(values));
        }

        public void collectParameters(Set<String> names) {
            operand.collectParameters(names);
        }
    }

    record Call(MathFunction function, Term argument) implements Term {
        public double at(double x, double y) {
            return function.apply(argument.at(x, y));
        }

        public void atAll(double[] x, double[] y, int n, double[] out) {
            argument.atAll(x, y, n, out);
            function.applyAll(out, n);
        }

        public Term bind(Map<String, Double> values) {
            return new Call(function, argument.bind(values));
        }

        public void collectParameters(Set<String> names) {
            argument.collectParameters(names);
        }
    }

    /** a·a, what {@code a^2} means: exact, where {@code Math.pow} may differ in the last bit. */
    record Square(Term base) implements Term {
        public double at(double x, double y) {
            double b = base.at(x, y);
            return b * b;
        }

        public void atAll(double[] x, double[] y, int n, double[] out) {
            base.atAll(x, y, n, out);
            for (int i = 0; i < n; i++) {
                out[i] = out[i] * out[i];
            }
        }

        public Term bind(Map<String, Double> values) {
            return new Square(base.bind(values));
        }

        public void collectParameters(Set<String> names) {
            base.collectParameters(names);
        }
    }

    record Binary(Operator operator, Term left, Term right) implements Term {
        public double at(double x, double y) {
            double a = left.at(x, y), b = right.at(x, y);
            return switch (operator) {
                case PLUS -> a + b;
                case MINUS -> a - b;
                case TIMES -> a * b;
                case DIVIDE -> a / b;
                case POWER -> Math.pow(a, b);
            };
        }

        /**
         * A constant operand (x - 0.5, 10 * ..., ... / w once bound) is used as it is, without
         * an array of copies: one pass and no garbage instead of two passes and an array per call.
         */
        public void atAll(double[] x, double[] y, int n, double[] out) {
            if (right instanceof Constant constant) {
                left.atAll(x, y, n, out);
                withRight(out, constant.value(), n);
            } else if (left instanceof Constant constant) {
                right.atAll(x, y, n, out);
                withLeft(constant.value(), out, n);
            } else {
                left.atAll(x, y, n, out);
                double[] b = new double[n];
                right.atAll(x, y, n, b);
                withRight(out, b, n);
            }
        }

        /** out[i] = out[i] op b[i]. */
        private void withRight(double[] out, double[] b, int n) {
            switch (operator) {
                case PLUS -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = out[i] + b[i];
                    }
                }
                case MINUS -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = out[i] - b[i];
                    }
                }
                case TIMES -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = out[i] * b[i];
                    }
                }
                case DIVIDE -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = out[i] / b[i];
                    }
                }
                case POWER -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = Math.pow(out[i], b[i]);
                    }
                }
            }
        }

        /** out[i] = out[i] op b. */
        private void withRight(double[] out, double b, int n) {
            switch (operator) {
                case PLUS -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = out[i] + b;
                    }
                }
                case MINUS -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = out[i] - b;
                    }
                }
                case TIMES -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = out[i] * b;
                    }
                }
                case DIVIDE -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = out[i] / b;
                    }
                }
                case POWER -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = Math.pow(out[i], b);
                    }
                }
            }
        }

        /** out[i] = a op out[i]. */
        private void withLeft(double a, double[] out, int n) {
            switch (operator) {
                case PLUS -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = a + out[i];
                    }
                }
                case MINUS -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = a - out[i];
                    }
                }
                case TIMES -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = a * out[i];
                    }
                }
                case DIVIDE -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = a / out[i];
                    }
                }
                case POWER -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = Math.pow(a, out[i]);
                    }
                }
            }
        }

        public Term bind(Map<String, Double> values) {
            return new Binary(operator, left.bind(values), right.bind(values));
        }

        public void collectParameters(Set<String> names) {
            left.collectParameters(names);
            right.collectParameters(names);
        }
    }

    enum Operator {
        PLUS, MINUS, TIMES, DIVIDE, POWER
    }
}
