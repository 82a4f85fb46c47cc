package io.sweep.solver;

/**
 * Some sides of the rectangle [x0,x1]x[y0,y1] as a Dirichlet part, located as DOLFIN's
 * {@code near(x[0], x0)} does (within DOLFIN_EPS = 3e-16). A record: equal sides are equal parts,
 * so a solver set up for them accepts any problem that names the same sides.
 */
public record RectangleSides(double x0, double y0, double x1, double y1,
                             boolean left, boolean right, boolean bottom, boolean top) implements BoundaryPart {
    private static final double DOLFIN_EPS = 3e-16;

    /** The sides of a mesh's rectangle. */
    public static RectangleSides of(Mesh mesh, boolean left, boolean right, boolean bottom, boolean top) {
        return new RectangleSides(mesh.x0(), mesh.y0(), mesh.x1(), mesh.y1(), left, right, bottom, top);
    }

    @Override
    public boolean contains(double x, double y) {
        return left && near(x, x0) || right && near(x, x1) || bottom && near(y, y0) || top && near(y, y1);
    }

    private static boolean near(double a, double b) {
        return b - DOLFIN_EPS <= a && a <= b + DOLFIN_EPS;
    }
}
