package io.sweep.results;

import io.sweep.solver.ErrorNorms;
import io.sweep.solver.ExactError;
import io.sweep.solver.Mesh;
import io.sweep.solver.PoissonProblem;
import io.sweep.solver.PoissonSolver;
import io.sweep.solver.ScalarField;
import io.sweep.solver.Solution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The convergence study of the manufactured solution u = sin(πx)cos(πy) (f = 2π²u, u = 0 on
 * x = 0, 1, no flux on y = 0, 1), solved here on n = 8..128, and DOLFIN 2019.2's errors for it
 * ({@code /work/shared/reference/dolfin_convergence.py}).
 */
final class ManufacturedStudy {

    static final int[] SIZES = {8, 16, 32, 64, 128};
    static final double[] DOLFIN_L2 = {0.02122639898, 0.005404011889, 0.001357407048, 0.0003397584447, 8.496515077e-05};
    static final double[] DOLFIN_H1 = {0.4311647753, 0.2174441192, 0.1089633284, 0.05451217005, 0.02725991143};

    private static final ScalarField EXACT = (x, y) -> Math.sin(Math.PI * x) * Math.cos(Math.PI * y);

    private ManufacturedStudy() {
    }

    static ConvergenceSeries solved() {
        List<ConvergenceRow> rows = new ArrayList<>();
        ScalarField source = (x, y) -> 2 * Math.PI * Math.PI * EXACT.at(x, y);
        for (int n : SIZES) {
            Mesh mesh = Mesh.unitSquare(n, n);
            Solution solution = PoissonSolver.setUp(mesh, PoissonProblem.LEFT_AND_RIGHT)
                    .solve(new PoissonProblem(source, (x, y) -> 0.0, PoissonProblem.LEFT_AND_RIGHT, 0.0));
            ErrorNorms errors = ExactError.of(mesh, solution.u(), EXACT);
            rows.add(new ConvergenceRow(n, n, ConvergenceRow.cellDiameter(1, 1, n, n), ConvergenceRow.unknowns(n, n),
                    errors.normL2(), errors.seminormH1(), solution.iterations(), 0.01 * n));
        }
        return new ConvergenceSeries(Map.of(), rows);
    }

    static ConvergenceStudy study() {
        return new ConvergenceStudy("the exact solution sin(pi*x)*cos(pi*y)", List.of(solved()));
    }
}
