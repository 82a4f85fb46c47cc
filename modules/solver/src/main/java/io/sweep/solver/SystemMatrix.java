package io.sweep.solver;

/**
 * The assembled system matrix of one mesh and Dirichlet part: the P1 stiffness matrix with the
 * Dirichlet vertices eliminated symmetrically. It does not depend on the data (f, g, u_D), so a
 * process solving several α assembles it once.
 *
 * @param mesh          the mesh
 * @param dirichletPart the part of the boundary where u is prescribed
 * @param matrix        K with the fixed rows and columns replaced by the identity
 * @param conditions    which vertices are fixed, and their coupling to the free ones
 */
public record SystemMatrix(Mesh mesh, BoundaryPart dirichletPart, CsrMatrix matrix,
                           DirichletConditions conditions) {

    /**
     * Assembles the system for the mesh and Dirichlet part.
     *
     * @throws IllegalArgumentException when the mesh needs more heap than this JVM may use, or
     *                                  when the part fixes no vertex (the problem would be singular)
     */
    public static SystemMatrix assemble(Mesh mesh, BoundaryPart dirichletPart) {
        MemoryCheck.require(mesh.nx(), mesh.ny(), Runtime.getRuntime().maxMemory());
        boolean[] fixed = DirichletConditions.locate(mesh, dirichletPart);
        CsrMatrix matrix = Stiffness.assemble(mesh);
        DirichletConditions conditions = DirichletConditions.eliminate(matrix, fixed);
        if (conditions.count() == 0) {
            throw new IllegalArgumentException("the Dirichlet part contains no boundary edge of the mesh:"
                    + " u would be determined only up to a constant; the part must contain at least one edge");
        }
        return new SystemMatrix(mesh, dirichletPart, matrix, conditions);
    }

    /** The right-hand side for a problem: its load vector with the Dirichlet rows applied. */
    public double[] rightHandSide(PoissonProblem problem) {
        double[] rhs = Load.assemble(mesh, problem.source(), problem.flux());
        conditions.applyTo(rhs, conditions.prescribed(mesh, problem.dirichletData()));
        return rhs;
    }
}
