package io.sweep.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * DOLFIN's errornorm, reproduced: exact on polynomials the P4 interpolation holds, equal to
 * DOLFIN 2019.2's figures for the manufactured solution u = sin(πx)cos(πy)
 * ({@code /work/shared/reference/dolfin_convergence.py}), and converging at orders 2 and 1.
 */
class ExactErrorTest {

    private static final ScalarField EXACT = (x, y) -> Math.sin(Math.PI * x) * Math.cos(Math.PI * y);
    private static final ScalarField SOURCE = (x, y) -> 2 * Math.PI * Math.PI * EXACT.at(x, y);
    private static final ScalarField NO_FLUX = (x, y) -> 0.0;

    static double[] solveManufactured(int n) {
        Mesh mesh = Mesh.unitSquare(n, n);
        PoissonSolver solver = PoissonSolver.setUp(mesh, PoissonProblem.LEFT_AND_RIGHT);
        return solver.solve(new PoissonProblem(SOURCE, NO_FLUX, PoissonProblem.LEFT_AND_RIGHT, 0.0)).u();
    }

    @Test
    void noErrorForTheInterpolantOfALinearFunction() {
        Mesh mesh = Mesh.rectangle(-1, 0, 2, 1, 7, 5);
        ScalarField linear = (x, y) -> 3 * x - 2 * y + 0.5;
        double[] uh = nodalValues(mesh, linear);
        ErrorNorms errors = ExactError.of(mesh, uh, linear);
        assertEquals(0.0, errors.normL2(), 1e-14);
        assertEquals(0.0, errors.seminormH1(), 1e-13);
    }

    @Test
    void quarticAgainstZeroIsIntegratedExactly() {
        // u = x²y on [0,1]²: ∫u² = 1/15, ∫|∇u|² = ∫4x²y² + x⁴ = 4/9 + 1/5.
        Mesh mesh = Mesh.unitSquare(3, 4);
        ErrorNorms errors = ExactError.of(mesh, new double[mesh.vertexCount()], (x, y) -> x * x * y);
        assertEquals(Math.sqrt(1.0 / 15), errors.normL2(), 1e-14);
        assertEquals(Math.sqrt(4.0 / 9 + 1.0 / 5), errors.seminormH1(), 1e-14);
    }

    @ParameterizedTest(name = "n={0}")
    @CsvSource({
        "8,   0.02122639898,    0.4311647753",
        "16,  0.005404011889,   0.2174441192",
        "32,  0.001357407048,   0.1089633284",
        "64,  0.0003397584447,  0.05451217005",
        "128, 8.496515077e-05,  0.02725991143",
    })
    void equalsDolfinErrornorm(int n, double dolfinL2, double dolfinH1) {
        ErrorNorms errors = ExactError.of(Mesh.unitSquare(n, n), solveManufactured(n), EXACT);
        // The issue asks for 1%; the same method gives far closer figures, and we hold it to that.
        DolfinReferenceTest.assertRelative(dolfinL2, errors.normL2(), 1e-6, "L2 error at n=" + n);
        DolfinReferenceTest.assertRelative(dolfinH1, errors.seminormH1(), 1e-6, "H1 error at n=" + n);
    }

    @Test
    void ordersAreTwoAndOneAtTheFinestPair() {
        ErrorNorms coarse = ExactError.of(Mesh.unitSquare(64, 64), solveManufactured(64), EXACT);
        ErrorNorms fine = ExactError.of(Mesh.unitSquare(128, 128), solveManufactured(128), EXACT);
        assertEquals(2.0, Math.log(coarse.normL2() / fine.normL2()) / Math.log(2), 0.05);
        assertEquals(1.0, Math.log(coarse.seminormH1() / fine.seminormH1()) / Math.log(2), 0.05);
    }

    @Test
    void agreesWithTheAnalyticGradient() {
        // An independent way: u and ∇u evaluated at the points of a degree-5 rule, no interpolation.
        Mesh mesh = Mesh.unitSquare(32, 32);
        double[] uh = solveManufactured(32);
        double[] direct = ExactErrors.of(mesh, uh, EXACT, (x, y) -> new double[] {
            Math.PI * Math.cos(Math.PI * x) * Math.cos(Math.PI * y),
            -Math.PI * Math.sin(Math.PI * x) * Math.sin(Math.PI * y)});
        ErrorNorms errors = ExactError.of(mesh, uh, EXACT);
        DolfinReferenceTest.assertRelative(direct[0], errors.normL2(), 1e-3, "L2");
        DolfinReferenceTest.assertRelative(direct[1], errors.seminormH1(), 1e-3, "H1");
    }

    static double[] nodalValues(Mesh mesh, ScalarField f) {
        double[] u = new double[mesh.vertexCount()];
        for (int k = 0; k < u.length; k++) {
            u[k] = f.at(mesh.x(k), mesh.y(k));
        }
        return u;
    }
}
