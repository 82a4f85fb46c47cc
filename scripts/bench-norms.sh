#!/usr/bin/env bash
# The cost of scaled norms: FunctionNorms.of (sums of squares scaled by a power of two, as
# LAPACK's dnrm2 scales them) beside the plain unscaled sums it replaced, interleaved in one warm
# JVM, on the same u (a smooth field on an n x n unit square), medians of several rounds.
#
#   scripts/bench-norms.sh [--sizes 256,1024] [--rounds 15]
#
# Needs the built solver jar (mvn -B -q -Dmaven.test.skip=true package).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes=256,1024
rounds=15
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    *) echo "bench-norms: unknown option '$1'; accepted: --sizes LIST --rounds N" >&2; exit 2 ;;
  esac
done
jar="$(ls "$root"/modules/solver/target/sweep-solver-*.jar 2>/dev/null | head -1)"
[[ -n "$jar" ]] || { echo "bench-norms: no solver jar in modules/solver/target: build first" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat >"$work/NormsBench.java" <<'JAVA'
import io.sweep.solver.FunctionNorms;
import io.sweep.solver.Mesh;
import java.util.Arrays;

public class NormsBench {
    /** The norms as they were computed before (FunctionNorms before scaling, verbatim): plain sums of squares. */
    static double[] plain(Mesh mesh, double[] u) {
        double squares = 0.0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double value : u) {
            squares += value * value;
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        double mass = 0.0, energy = 0.0;
        double[] xy = mesh.coordinates();
        int[] cells = mesh.cells();
        int[] v = new int[3];
        double[] b = new double[3];
        double[] c = new double[3];
        for (int t = 0; t < cells.length; t += 3) {
            v[0] = cells[t];
            v[1] = cells[t + 1];
            v[2] = cells[t + 2];
            double twiceArea = Math.abs(elementGradients(xy, v, b, c));
            double u0 = u[v[0]], u1 = u[v[1]], u2 = u[v[2]];
            double sum = u0 + u1 + u2;
            mass += twiceArea / 24.0 * (u0 * u0 + u1 * u1 + u2 * u2 + sum * sum);
            double gx = b[0] * u0 + b[1] * u1 + b[2] * u2;
            double gy = c[0] * u0 + c[1] * u1 + c[2] * u2;
            energy += (gx * gx + gy * gy) / (2.0 * twiceArea);
        }
        return new double[] {Math.sqrt(squares), Math.sqrt(mass), Math.sqrt(energy), min, max};
    }

    /** Stiffness.elementGradients (package-private in the solver), verbatim. */
    static double elementGradients(double[] xy, int[] v, double[] b, double[] c) {
        double x0 = xy[2 * v[0]], y0 = xy[2 * v[0] + 1];
        double x1 = xy[2 * v[1]], y1 = xy[2 * v[1] + 1];
        double x2 = xy[2 * v[2]], y2 = xy[2 * v[2] + 1];
        b[0] = y1 - y2;
        b[1] = y2 - y0;
        b[2] = y0 - y1;
        c[0] = x2 - x1;
        c[1] = x0 - x2;
        c[2] = x1 - x0;
        return (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[1]);
        System.out.printf("%6s %12s %12s %7s   (ms, medians of %d interleaved rounds)%n", "n", "plain", "scaled",
                "ratio", rounds);
        for (String size : args[0].split(",")) {
            int n = Integer.parseInt(size);
            Mesh mesh = Mesh.unitSquare(n, n);
            double[] xy = mesh.coordinates();
            double[] u = new double[xy.length / 2];
            for (int i = 0; i < u.length; i++) u[i] = Math.sin(3 * xy[2 * i]) * xy[2 * i + 1];
            double[] tPlain = new double[rounds], tScaled = new double[rounds];
            double sink = 0;
            for (int w = 0; w < 20; w++) sink += plain(mesh, u)[0] + FunctionNorms.of(mesh, u).l2Dofs();
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                sink += plain(mesh, u)[1];
                long t1 = System.nanoTime();
                sink += FunctionNorms.of(mesh, u).normL2();
                long t2 = System.nanoTime();
                tPlain[r] = (t1 - t0) / 1e6;
                tScaled[r] = (t2 - t1) / 1e6;
            }
            double[] p = plain(mesh, u);
            io.sweep.solver.Norms s = FunctionNorms.of(mesh, u);
            boolean same = p[0] == s.l2Dofs() && p[1] == s.normL2() && p[2] == s.seminormH1();
            System.out.printf("%6d %12.2f %12.2f %7.2f   same bits: %s%s%n", n, median(tPlain), median(tScaled),
                    median(tScaled) / median(tPlain), same, sink == 42 ? "!" : "");
        }
    }
}
JAVA
java -cp "$jar" "$work/NormsBench.java" "$sizes" "$rounds"
