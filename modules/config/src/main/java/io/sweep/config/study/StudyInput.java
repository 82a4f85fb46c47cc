package io.sweep.config.study;

import java.util.List;

/**
 * A study as the user typed it (command line or --config), before any check.
 *
 * @param source      --source
 * @param flux        --flux
 * @param dirichlet   --dirichlet
 * @param dirichletOn --dirichlet-on
 * @param domain      --domain
 * @param mesh        --mesh: one size, or several (then a swept parameter)
 * @param alphas      --alphas, null when not given
 * @param params      each --param NAME=VALUES, in the order given
 * @param design      --design
 * @param timeParam   --time-param, null for the first parameter
 */
public record StudyInput(String source, String flux, String dirichlet, String dirichletOn, String domain,
                         String mesh, String alphas, List<String> params, String design, String timeParam) {

    /** The seminar's problem with the given α list and mesh. */
    public static StudyInput seminar(String alphas, String mesh) {
        return new StudyInput(Problem.SOURCE, Problem.FLUX, Problem.DIRICHLET, Problem.SIDES, Problem.DOMAIN,
                mesh, alphas, List.of(), "grid", null);
    }

    public StudyInput {
        params = params == null ? List.of() : List.copyOf(params);
    }
}
