package io.sweep.solver;

/**
 * Red-black Gauss-Seidel on a {@link StencilOperator}: red vertices (i + j even) only touch black
 * ones and back, so each half-sweep updates its colour from values of the other colour alone.
 * Every vertex then gets the same bits whatever order or thread runs it, which is what makes the
 * multigrid bit-identical for any thread count. The pre-smoother goes red then black, the
 * post-smoother black then red: the second is the first's adjoint, so the V-cycle is symmetric.
 *
 * <p>One pass over memory per sweep: in each piece of rows, row j's first colour is updated,
 * then row j-1's second colour (whose neighbours in rows j-2..j are then final). A piece's first
 * and last rows of the second colour depend on the neighbouring pieces, so they follow once every
 * piece is through.
 */
final class RedBlackGaussSeidel {

    private static final int RED = 0, BLACK = 1;

    private RedBlackGaussSeidel() {
    }

    /** x = S b from x = 0: red then black (x's old content is never read). */
    static void preSmooth(StencilOperator a, double[] b, double[] x) {
        sweep(a, b, x, RED, true);
    }

    /** The adjoint sweep on x: black then red. */
    static void postSmooth(StencilOperator a, double[] b, double[] x) {
        sweep(a, b, x, BLACK, false);
    }

    private static void sweep(StencilOperator a, double[] b, double[] x, int first, boolean fromZero) {
        int rows = a.grid().ny() + 1;
        int second = 1 - first;
        ParallelRows parallel = a.parallel();
        parallel.run(rows, a.size(), (from, to) -> {
            for (int j = from; j < to; j++) {
                a.relaxRow(b, x, j, first, fromZero);
                if (j - 1 > from) {
                    a.relaxRow(b, x, j - 1, second, false);
                }
            }
        });
        parallel.run(rows, a.size(), (from, to) -> {
            a.relaxRow(b, x, from, second, false);
            if (to - 1 > from) {
                a.relaxRow(b, x, to - 1, second, false);
            }
        });
    }
}
