package io.sweep.solver;

import java.util.ArrayList;
import java.util.List;

/**
 * A geometric multigrid V-cycle whose levels are all {@link StencilOperator}s: the P1 stiffness
 * matrix of each coarser tensor grid (a rediscretisation, 5 points again, so no matrix is formed
 * or stored on any level), with Dirichlet vertices where fine Dirichlet vertices sit, and
 * bilinear transfers ({@link StencilTransfer}). One red-black Gauss-Seidel sweep before and its
 * adjoint after the coarse correction make the cycle symmetric positive definite, as conjugate
 * gradients requires; the coarsest level (at most {@value #COARSEST_VERTICES} vertices) is solved
 * by a dense Cholesky.
 *
 * <p>Scratch vectors live in the levels, so one instance must not be used from two threads at
 * once (its own loops run on the operator's {@link ParallelRows}).
 */
public final class StencilMultigrid implements Preconditioner {

    /** Coarsening stops at this many vertices or fewer. */
    static final int COARSEST_VERTICES = 100;

    /** One grid: its operator, the transfer to the next coarser one, and its vectors. */
    private record Level(StencilOperator a, StencilTransfer toCoarse, double[] b, double[] x, double[] r) {
    }

    private final List<Level> levels;
    private final DenseCholesky coarsest;

    private StencilMultigrid(List<Level> levels, DenseCholesky coarsest) {
        this.levels = levels;
        this.coarsest = coarsest;
    }

    /** The hierarchy below a fine operator; coarse levels share its threads. */
    public static StencilMultigrid build(StencilOperator fine) {
        List<Level> levels = new ArrayList<>();
        StencilOperator current = fine;
        while (current.size() > COARSEST_VERTICES && (current.grid().nx() > 1 || current.grid().ny() > 1)) {
            TensorGrid grid = current.grid();
            int n = current.size();
            boolean first = levels.isEmpty();
            levels.add(new Level(current, new StencilTransfer(grid), first ? null : new double[n],
                    first ? null : new double[n], new double[n]));
            current = coarser(current);
        }
        int n = current.size();
        levels.add(new Level(current, null, levels.isEmpty() ? null : new double[n],
                levels.isEmpty() ? null : new double[n], null));
        return new StencilMultigrid(levels, new DenseCholesky(current.toCsr()));
    }

    private static StencilOperator coarser(StencilOperator fine) {
        TensorGrid grid = fine.grid();
        TensorGrid coarse = grid.coarsen();
        int fineStride = grid.nx() + 1, stride = coarse.nx() + 1;
        boolean[] fixed = new boolean[coarse.vertexCount()];
        for (int cj = 0; cj <= coarse.ny(); cj++) {
            int fj = Math.min(2 * cj, grid.ny());
            for (int ci = 0; ci <= coarse.nx(); ci++) {
                fixed[cj * stride + ci] = fine.isFixed(fj * fineStride + Math.min(2 * ci, grid.nx()));
            }
        }
        return new StencilOperator(coarse, fixed, fine.parallel());
    }

    @Override
    public int depth() {
        return levels.size();
    }

    /** z = M⁻¹ r: one V-cycle from a zero initial guess. */
    @Override
    public void apply(double[] r, double[] z) {
        cycle(0, r, z);
    }

    private void cycle(int index, double[] b, double[] x) {
        Level level = levels.get(index);
        if (index == levels.size() - 1) {
            coarsest.solve(b, x);
            return;
        }
        StencilOperator a = level.a();
        RedBlackGaussSeidel.preSmooth(a, b, x);
        a.residual(b, x, level.r());
        Level coarse = levels.get(index + 1);
        int coarseRows = coarse.a().grid().ny() + 1;
        a.parallel().run(coarseRows, a.size(), (from, to) -> level.toCoarse().restrict(level.r(), coarse.b(), from, to));
        coarse.a().clearFixed(coarse.b());
        cycle(index + 1, coarse.b(), coarse.x());
        a.parallel().run(a.grid().ny() + 1, a.size(), (from, to) -> level.toCoarse().prolongAdd(coarse.x(), x, from, to));
        RedBlackGaussSeidel.postSmooth(a, b, x);
    }
}
