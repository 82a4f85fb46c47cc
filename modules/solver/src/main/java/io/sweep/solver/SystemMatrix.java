package io.sweep.solver;

/**
 * The system matrix of one mesh and Dirichlet part: the P1 stiffness matrix with the Dirichlet
 * vertices eliminated symmetrically, either assembled ({@link CsrMatrix}) or matrix-free
 * ({@link StencilOperator}). It does not depend on the data (f, g, u_D), so a process solving
 * several α sets it up once.
 *
 * @param mesh          the mesh
 * @param dirichletPart the part of the boundary where u is prescribed
 * @param operator      K with the fixed rows and columns replaced by the identity's
 * @param conditions    which vertices are fixed, and their coupling to the free ones
 */
public record SystemMatrix(Mesh mesh, BoundaryPart dirichletPart, LinearOperator operator,
                           DirichletConditions conditions) {

    /**
     * Assembles the system for the mesh and Dirichlet part as a sparse matrix.
     *
     * @throws IllegalArgumentException when the mesh needs more heap than this JVM may use, or
     *                                  when the part fixes no vertex (the problem would be singular)
     */
    public static SystemMatrix assemble(Mesh mesh, BoundaryPart dirichletPart) {
        MemoryCheck.require(mesh.nx(), mesh.ny(), MemoryCheck.assembledBytes(mesh.nx(), mesh.ny()),
                Runtime.getRuntime().maxMemory());
        boolean[] fixed = DirichletConditions.locate(mesh, dirichletPart);
        CsrMatrix matrix = Stiffness.assemble(mesh);
        DirichletConditions conditions = DirichletConditions.eliminate(matrix, fixed);
        return checked(new SystemMatrix(mesh, dirichletPart, matrix, conditions));
    }

    /**
     * The same system matrix-free, its loops on the given number of threads: the operator gets
     * the Dirichlet vertices as a mask and computes the lifting itself.
     *
     * @throws IllegalArgumentException as {@link #assemble}
     */
    public static SystemMatrix stencil(Mesh mesh, BoundaryPart dirichletPart, int threads) {
        MemoryCheck.require(mesh.nx(), mesh.ny(), Runtime.getRuntime().maxMemory());
        boolean[] fixed = DirichletConditions.locate(mesh, dirichletPart);
        StencilOperator k = new StencilOperator(TensorGrid.of(mesh), fixed, new ParallelRows(threads));
        return checked(new SystemMatrix(mesh, dirichletPart, k, StencilEntries.conditions(k)));
    }

    private static SystemMatrix checked(SystemMatrix system) {
        if (system.conditions().count() == 0) {
            throw new IllegalArgumentException("the Dirichlet part contains no boundary edge of the mesh:"
                    + " u would be determined only up to a constant; the part must contain at least one edge");
        }
        return system;
    }

    /** The right-hand side for a problem: its load vector with the Dirichlet rows applied. */
    public double[] rightHandSide(PoissonProblem problem) {
        ParallelRows parallel = operator instanceof StencilOperator stencil ? stencil.parallel() : new ParallelRows(1);
        double[] rhs = Load.assemble(mesh, problem.source(), problem.flux(), parallel);
        conditions.applyTo(rhs, conditions.prescribed(mesh, problem.dirichletData(), parallel), parallel);
        return rhs;
    }
}
