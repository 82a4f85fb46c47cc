package io.sweep.solver;

/**
 * The load vector b_i = ∫_Ω f φ_i + ∫_∂Ω g φ_i, discretised as DOLFIN does for
 * {@code Expression(..., degree=2)}: f is interpolated into P2 on each triangle (values at the
 * vertices and edge midpoints) and g into P2 on each boundary edge, and the products with the P1
 * test functions are integrated exactly. g is integrated over the whole boundary, as DOLFIN's
 * {@code ds} does; the rows of Dirichlet vertices are overwritten afterwards.
 *
 * <p>The P2 x P1 element mass matrices in closed form (λ barycentric, |T| area, L length): on a
 * triangle, for the test function of vertex k, with m_k the midpoint value opposite to k,
 * b_k = |T| (f_k/20 - F/60 + 2M/15 - m_k/15), F and M the sums of vertex and midpoint values;
 * on an edge, b_a = L (g_a/6 + g_mid/3). Each value of f is computed once per vertex and once
 * per edge, row by row of squares, since evaluating f dominates the cost.
 */
public final class Load {

    private Load() {
    }

    /** Square rows whose values of f are evaluated together, split over the threads, before they are added up. */
    private static final int BLOCK = 32;

    /** Assembles b for source f and boundary flux g, on the calling thread. */
    public static double[] assemble(Mesh mesh, ScalarField f, ScalarField g) {
        return assemble(mesh, f, g, new ParallelRows(1));
    }

    /**
     * The same with f evaluated on the given threads (the fields must allow calls from several
     * threads, as immutable ones do). The sums are added in the same order whatever the thread
     * count, so b has the same bits for any.
     */
    public static double[] assemble(Mesh mesh, ScalarField f, ScalarField g, ParallelRows parallel) {
        double[] b = new double[mesh.vertexCount()];
        addSource(mesh, f, b, parallel);
        addBoundaryFlux(mesh, g, b);
        return b;
    }

    /**
     * b += ∫ f φ_i over the cells, a block of {@value #BLOCK} square rows at a time. First f is
     * evaluated at the block's points (each row of vertices or midpoints on some thread, every
     * value the same as one thread computes); then the triangles' contributions are added, the
     * even square rows of the block on the threads, then the odd ones: two square rows of the same
     * parity share no vertex, so each entry of b gets its terms in one fixed order whatever the
     * thread count, and b has the same bits for any.
     */
    static void addSource(Mesh mesh, ScalarField f, double[] b, ParallelRows parallel) {
        int nx = mesh.nx(), ny = mesh.ny(), stride = nx + 1;
        double hx = (mesh.x1() - mesh.x0()) / nx, hy = (mesh.y1() - mesh.y0()) / ny;
        double area = 0.5 * hx * hy;
        Row first = new Row(stride);
        double[] below = first.vertices(mesh, f, 0);
        double[] belowEdges = first.horizontalMidpoints(mesh, f, 0);
        for (int j0 = 0; j0 < ny; j0 += BLOCK) {
            int rows = Math.min(BLOCK, ny - j0), start = j0;
            // vertices[r] and horizontal[r]: vertex row j0 + r; vertical[r] and diagonals[r]: square row j0 + r.
            double[][] vertices = new double[rows + 1][], horizontal = new double[rows + 1][];
            double[][] vertical = new double[rows][], diagonals = new double[rows][];
            vertices[0] = below;
            horizontal[0] = belowEdges;
            parallel.run(4 * rows, 4L * rows * stride, (from, to) -> {
                Row row = new Row(stride);
                for (int q = from; q < to; q++) {
                    int r = q / 4, j = start + r;
                    switch (q % 4) {
                        case 0 -> vertices[r + 1] = row.vertices(mesh, f, j + 1);
                        case 1 -> horizontal[r + 1] = row.horizontalMidpoints(mesh, f, j + 1);
                        case 2 -> vertical[r] = row.verticalMidpoints(mesh, f, middle(mesh, j));
                        default -> diagonals[r] = row.centres(mesh, f, middle(mesh, j));
                    }
                }
            });
            for (int parity = 0; parity < 2; parity++) {
                int offset = parity, count = (rows - parity + 1) / 2;
                parallel.run(count, 12L * count * stride, (from, to) -> {
                    for (int q = from; q < to; q++) {
                        int r = 2 * q + offset;
                        addSquareRow(b, area, stride, start + r, vertices[r], horizontal[r], vertices[r + 1],
                                horizontal[r + 1], vertical[r], diagonals[r]);
                    }
                });
            }
            below = vertices[rows];
            belowEdges = horizontal[rows];
        }
    }

    /** The y of the middle of square row j, as the mesh's vertices give it. */
    private static double middle(Mesh mesh, int j) {
        int stride = mesh.nx() + 1;
        return 0.5 * (mesh.y(j * stride) + mesh.y((j + 1) * stride));
    }

    private static void addSquareRow(double[] b, double area, int stride, int j, double[] below, double[] belowEdges,
                                     double[] above, double[] aboveEdges, double[] verticalEdges, double[] diagonals) {
        int nx = stride - 1;
        for (int i = 0; i < nx; i++) {
            int v0 = j * stride + i, v1 = v0 + 1, v2 = v0 + stride, v3 = v2 + 1;
            double rightEdge = verticalEdges[i + 1], leftEdge = verticalEdges[i], diagonal = diagonals[i];
            // T1 = (v0, v1, v3): opposite midpoints are right edge, diagonal, bottom edge.
            addTriangle(b, area, v0, v1, v3, below[i], below[i + 1], above[i + 1],
                    rightEdge, diagonal, belowEdges[i]);
            // T2 = (v0, v2, v3): opposite midpoints are top edge, diagonal, left edge.
            addTriangle(b, area, v0, v2, v3, below[i], above[i], above[i + 1],
                    aboveEdges[i], diagonal, leftEdge);
        }
    }

    private static void addTriangle(double[] b, double area, int a, int p, int q,
                                    double fa, double fp, double fq,
                                    double ma, double mp, double mq) {
        double common = -(fa + fp + fq) / 60.0 + 2.0 * (ma + mp + mq) / 15.0;
        b[a] += area * (fa / 20.0 + common - ma / 15.0);
        b[p] += area * (fp / 20.0 + common - mp / 15.0);
        b[q] += area * (fq / 20.0 + common - mq / 15.0);
    }

    /** b += ∫ g φ_i over every boundary edge. */
    static void addBoundaryFlux(Mesh mesh, ScalarField g, double[] b) {
        int nx = mesh.nx(), ny = mesh.ny(), stride = nx + 1;
        for (int i = 0; i < nx; i++) {
            addEdge(mesh, g, b, i, i + 1);
            addEdge(mesh, g, b, ny * stride + i, ny * stride + i + 1);
        }
        for (int j = 0; j < ny; j++) {
            addEdge(mesh, g, b, j * stride, (j + 1) * stride);
            addEdge(mesh, g, b, j * stride + nx, (j + 1) * stride + nx);
        }
    }

    private static void addEdge(Mesh mesh, ScalarField g, double[] b, int p, int q) {
        double xp = mesh.x(p), yp = mesh.y(p), xq = mesh.x(q), yq = mesh.y(q);
        double length = Math.hypot(xq - xp, yq - yp);
        double mid = g.at(0.5 * (xp + xq), 0.5 * (yp + yq));
        b[p] += length * (g.at(xp, yp) / 6.0 + mid / 3.0);
        b[q] += length * (g.at(xq, yq) / 6.0 + mid / 3.0);
    }

    /**
     * The points of one row of squares where f is taken, evaluated a row at a time
     * ({@link ScalarField#atAll}): vertices, midpoints of horizontal and vertical edges, and
     * midpoints of the diagonals (the squares' centres), with the coordinates computed as the
     * mesh's vertices and edges give them.
     */
    private static final class Row {
        private final double[] x, y;

        Row(int stride) {
            x = new double[stride];
            y = new double[stride];
        }

        double[] vertices(Mesh mesh, ScalarField f, int j) {
            int stride = mesh.nx() + 1;
            for (int i = 0; i < stride; i++) {
                x[i] = mesh.x(j * stride + i);
                y[i] = mesh.y(j * stride + i);
            }
            return evaluate(f, stride);
        }

        double[] horizontalMidpoints(Mesh mesh, ScalarField f, int j) {
            int stride = mesh.nx() + 1;
            for (int i = 0; i < mesh.nx(); i++) {
                int v = j * stride + i;
                x[i] = 0.5 * (mesh.x(v) + mesh.x(v + 1));
                y[i] = mesh.y(v);
            }
            return evaluate(f, mesh.nx());
        }

        double[] verticalMidpoints(Mesh mesh, ScalarField f, double ym) {
            for (int i = 0; i <= mesh.nx(); i++) {
                x[i] = mesh.x(i);
                y[i] = ym;
            }
            return evaluate(f, mesh.nx() + 1);
        }

        double[] centres(Mesh mesh, ScalarField f, double ym) {
            for (int i = 0; i < mesh.nx(); i++) {
                x[i] = 0.5 * (mesh.x(i) + mesh.x(i + 1));
                y[i] = ym;
            }
            return evaluate(f, mesh.nx());
        }

        private double[] evaluate(ScalarField f, int n) {
            double[] values = new double[n];
            f.atAll(x, y, n, values);
            return values;
        }
    }
}
