package io.sweep.workloads.poisson;

import io.sweep.config.BadInputException;
import io.sweep.config.study.Bounds;
import io.sweep.config.study.DesignPoint;
import io.sweep.config.study.Domain;
import io.sweep.config.study.Expression;
import io.sweep.config.study.Labels;
import io.sweep.config.study.MeshSize;
import io.sweep.config.study.Side;
import io.sweep.config.study.Study;
import io.sweep.config.study.Term;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks, before anything is written, that f, g and u_D are finite wherever the solver takes
 * them: f at the P2 nodes of every cell (vertices and edge midpoints), g at the P2 nodes of the
 * boundary edges, u_D at the vertices of the Dirichlet sides. A field whose {@link Bounds} over
 * the domain are finite is finite at every node (one evaluation in intervals); any other is
 * checked node by node, once per distinct field and mesh. A superposed parameter's source is
 * checked as its shape (the factor is finite).
 */
final class FiniteData {
    private FiniteData() {
    }

    /** Which nodes a field is taken at. */
    private enum Nodes { CELLS, BOUNDARY, DIRICHLET }

    private record Check(Expression expression, Term field, Nodes nodes, MeshSize mesh, DesignPoint point) {
    }

    static void check(Study study, List<DesignPoint> points) {
        Map<List<Object>, Check> distinct = new LinkedHashMap<>();
        Expression source = study.problem().source();
        Domain domain = study.problem().domain();
        for (DesignPoint p : points) {
            Term f = study.superposed().flatMap(source::factor).map(t -> t.bind(p.values()))
                    .orElseGet(() -> source.bind(p.values()));
            add(distinct, new Check(source, f, Nodes.CELLS, p.mesh(), p), domain);
            add(distinct, new Check(study.problem().flux(), study.problem().flux().bind(p.values()), Nodes.BOUNDARY,
                    p.mesh(), p), domain);
            add(distinct, new Check(study.problem().dirichlet(), study.problem().dirichlet().bind(p.values()),
                    Nodes.DIRICHLET, p.mesh(), p), domain);
        }
        List<Check> checks = new ArrayList<>(distinct.values());
        Set<Side> sides = study.problem().dirichletSides();
        (checks.size() > 1 ? checks.parallelStream() : checks.stream()).forEach(c -> run(c, domain, sides));
    }

    private static void add(Map<List<Object>, Check> distinct, Check check, Domain domain) {
        if (Bounds.of(check.field(), domain).isEmpty()) {
            distinct.putIfAbsent(List.of(check.field(), check.nodes(), check.mesh()), check);
        }
    }

    private static void run(Check c, Domain d, Set<Side> sides) {
        int nx = c.mesh().nx(), ny = c.mesh().ny();
        double hx = (d.x1() - d.x0()) / nx, hy = (d.y1() - d.y0()) / ny;
        // Twice the resolution: even indices are vertices, odd ones edge midpoints (as Mesh and Load compute them).
        for (int j = 0; j <= 2 * ny; j++) {
            boolean bottomOrTop = j == 0 || j == 2 * ny;
            for (int i = 0; i <= 2 * nx; i++) {
                boolean leftOrRight = i == 0 || i == 2 * nx;
                boolean onBoundary = bottomOrTop || leftOrRight;
                boolean wanted = switch (c.nodes()) {
                    case CELLS -> true;
                    case BOUNDARY -> onBoundary;
                    case DIRICHLET -> i % 2 == 0 && j % 2 == 0 && onDirichlet(i, j, nx, ny, sides);
                };
                if (!wanted) {
                    continue;
                }
                double x = coordinate(d.x0(), hx, i), y = coordinate(d.y0(), hy, j);
                double value = c.field().at(x, y);
                if (!Double.isFinite(value)) {
                    throw new BadInputException(c.expression().option() + " '" + c.expression().text() + "' is "
                            + value + " at (x, y) = (" + Labels.of(x) + ", " + Labels.of(y) + ")"
                            + (c.point().labels().isEmpty() ? "" : " for " + c.point().key())
                            + ": give data that are finite on the whole domain");
                }
            }
        }
    }

    private static double coordinate(double origin, double h, int twice) {
        return twice % 2 == 0 ? origin + h * (twice / 2)
                : 0.5 * ((origin + h * (twice / 2)) + (origin + h * (twice / 2 + 1)));
    }

    private static boolean onDirichlet(int i, int j, int nx, int ny, Set<Side> sides) {
        return i == 0 && sides.contains(Side.LEFT) || i == 2 * nx && sides.contains(Side.RIGHT)
                || j == 0 && sides.contains(Side.BOTTOM) || j == 2 * ny && sides.contains(Side.TOP);
    }
}
