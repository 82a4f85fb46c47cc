package io.sweep.config.study;

import io.sweep.config.BadInputException;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a study's errors are measured against ({@code --exact EXPR}, or the finest mesh of a
 * mesh study), validated once with the study.
 *
 * @param exact  the exact solution u(x, y, parameters), when given
 * @param finest the mesh with the most cells: without an exact solution the others are compared
 *               with it, and every one of them nests in it
 */
public record Convergence(Optional<Expression> exact, MeshSize finest) {

    /**
     * The errors a study reports, or none: with {@code --exact}, every task's errors against it;
     * without, in a mesh study, every coarser mesh's against the finest, which needs two meshes
     * or more, each nesting in the finest (its nx and ny dividing the finest's). A zip design
     * that takes the meshes together with other values is no refinement study: no errors.
     */
    public static Optional<Convergence> of(String exactText, Study study) {
        Design design = study.design();
        MeshSize finest = finest(design.meshes());
        if (exactText != null && !exactText.isBlank()) {
            Expression exact = Expression.parse("--exact", exactText);
            Set<String> given = design.values().keySet();
            for (String name : exact.parameters()) {
                if (!given.contains(name)) {
                    throw new BadInputException("--exact '" + exactText + "' uses '" + name
                            + "', which has no value: give it with --param " + name
                            + "=VALUES (and use it in the problem too)");
                }
            }
            return Optional.of(new Convergence(Optional.of(exact), finest));
        }
        if (!design.meshSwept() || design.kind() == DesignKind.ZIP && design.names().size() > 1) {
            // No mesh study, or meshes zipped with other values: each mesh solves another problem.
            return Optional.empty();
        }
        if (design.meshes().size() < 2) {
            throw new BadInputException("the mesh study has one mesh (" + finest.label()
                    + "): errors against the finest mesh need two or more, e.g. --mesh 16,32,64;"
                    + " or give --exact EXPR");
        }
        for (MeshSize mesh : design.meshes()) {
            if (finest.nx() % mesh.nx() != 0 || finest.ny() % mesh.ny() != 0) {
                throw new BadInputException("mesh " + mesh.label() + " does not nest in the finest mesh "
                        + finest.label() + ": errors against the finest mesh need each nx and ny to divide"
                        + " the finest's (e.g. --mesh 16,32,64 or log2:16:256), or give --exact EXPR");
            }
        }
        return Optional.of(new Convergence(Optional.empty(), finest));
    }

    /** "the exact solution sin(pi*x)" or "the finest mesh (n=256)": what the report says. */
    public String reference() {
        return exact.map(e -> "the exact solution " + e.text())
                .orElse("the finest mesh (n=" + finest.label() + ")");
    }

    private static MeshSize finest(List<MeshSize> meshes) {
        MeshSize finest = meshes.get(0);
        for (MeshSize mesh : meshes) {
            if ((long) mesh.nx() * mesh.ny() > (long) finest.nx() * finest.ny()) {
                finest = mesh;
            }
        }
        return finest;
    }
}
