package io.sweep.solver;

/** Boundary parts of a mesh's rectangle for tests: any set of its four sides, by name. */
final class Sides {

    private Sides() {
    }

    /** The sides named in {@code names} (any of left, right, bottom, top; "" for none). */
    static BoundaryPart of(Mesh mesh, String names) {
        double eps = 1e-9 * Math.max(mesh.x1() - mesh.x0(), mesh.y1() - mesh.y0());
        boolean left = names.contains("left"), right = names.contains("right");
        boolean bottom = names.contains("bottom"), top = names.contains("top");
        return (x, y) -> left && x < mesh.x0() + eps || right && x > mesh.x1() - eps
                || bottom && y < mesh.y0() + eps || top && y > mesh.y1() - eps;
    }
}
