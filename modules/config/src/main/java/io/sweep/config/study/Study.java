package io.sweep.config.study;

import io.sweep.config.AlphaList;
import io.sweep.config.BadInputException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parameter study, validated once: the problem, the design of its parameters, the parameter
 * that is ParaView's time, and the parameter the solver may superpose (one that only multiplies
 * the whole source, as the seminar's α: u = α·u_s + u_r).
 *
 * @param problem       the problem's data
 * @param design        the parameters and their values
 * @param timeParameter the parameter each .pvd steps through (the mesh in a mesh study, else the
 *                      first one; empty without any)
 * @param superposed    a parameter that multiplies the whole source and appears nowhere else
 */
public record Study(Problem problem, Design design, Optional<String> timeParameter, Optional<String> superposed) {
    /** The α list when the source uses α and none is given: the seminar's. */
    public static final String DEFAULT_ALPHAS = "0.1,1,10,100";
    private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";

    public static Study parse(StudyInput in) {
        Problem problem = new Problem(Expression.parse("--source", in.source()), Expression.parse("--flux", in.flux()),
                Expression.parse("--dirichlet", in.dirichlet()), Side.parseList(in.dirichletOn()),
                Domain.parse(in.domain()));
        List<String> names = new ArrayList<>();
        Map<String, List<Double>> values = new LinkedHashMap<>();
        List<MeshSize> meshes = MeshSize.parseList(in.mesh(), "--mesh");
        String alphas = in.alphas();
        boolean alphaInParams = in.params().stream().anyMatch(p -> p.strip().startsWith("alpha="));
        if (alphas == null && !alphaInParams && problem.parameters().contains("alpha")) {
            alphas = DEFAULT_ALPHAS;
        }
        if (alphas != null) {
            names.add("alpha");
            values.put("alpha", AlphaList.parse(alphas, "--alphas"));
        }
        boolean meshParam = false;
        for (String param : in.params()) {
            int eq = param.indexOf('=');
            String name = eq < 0 ? param.strip() : param.substring(0, eq).strip();
            String option = "--param " + name;
            if (eq < 0 || !name.matches(NAME)) {
                throw new BadInputException("--param '" + param + "' is invalid: use NAME=VALUES, e.g. w=0.01,0.02"
                        + " or w=log:0.005:0.08:16 (NAME: letters, digits, _; not starting with a digit)");
            }
            if (names.contains(name)) {
                throw new BadInputException(option + " is given twice" + (name.equals("alpha")
                        ? " (--alphas is --param alpha)" : "") + ": give each parameter once");
            }
            if (Expression.RESERVED.contains(name) || MathFunction.named(name).isPresent()) {
                throw new BadInputException(option + ": '" + name + "' is reserved (x, y, pi and "
                        + MathFunction.NAMES + "): name the parameter otherwise");
            }
            names.add(name);
            if (name.equals(Design.MESH)) {
                meshParam = true;
                meshes = MeshSize.parseList(param.substring(eq + 1), option);
            } else {
                values.put(name, AlphaList.parse(param.substring(eq + 1), option));
            }
        }
        if (meshes.size() > 1 && !meshParam) {
            names.add(Design.MESH);
        }
        checkNames(problem, values.keySet());
        Design design = new Design(names, values, meshes, DesignKind.parse(in.design()));
        design.check();
        return new Study(problem, design, timeParameter(in.timeParam(), names), superposed(problem, design));
    }

    private static void checkNames(Problem problem, Set<String> given) {
        for (Expression e : List.of(problem.source(), problem.flux(), problem.dirichlet())) {
            for (String name : e.parameters()) {
                if (!given.contains(name)) {
                    throw new BadInputException(e.option() + " '" + e.text() + "' uses '" + name
                            + "', which has no value: give it with --param " + name + "=VALUES");
                }
            }
        }
        for (String name : given) {
            if (!problem.parameters().contains(name)) {
                throw new BadInputException((name.equals("alpha") ? "--alphas" : "--param " + name)
                        + " gives values to '" + name + "', which no expression uses (--source, --flux, --dirichlet):"
                        + " drop it or use it");
            }
        }
    }

    private static Optional<String> timeParameter(String chosen, List<String> names) {
        if (chosen == null || chosen.isBlank()) {
            // A mesh study steps through its refinements: time = the mesh size n.
            return names.isEmpty() ? Optional.empty()
                    : Optional.of(names.contains(Design.MESH) ? Design.MESH : names.get(0));
        }
        if (!names.contains(chosen.strip())) {
            throw new BadInputException("--time-param '" + chosen + "' is not a swept parameter: use one of "
                    + (names.isEmpty() ? "them (there is none)" : String.join(", ", names)));
        }
        return Optional.of(chosen.strip());
    }

    /**
     * The parameter to superpose: one that multiplies the whole source, is the only parameter of
     * the expressions, and takes at least two values. With another one swept too, the unit
     * solutions would change from task to task; with one value, superposing would cost two solves
     * (the unit source's and the boundary data's) for what one solve gives. The choice depends on
     * the problem and the design only, never on --procs, mode or backend, so a result's bits do not
     * either.
     */
    private static Optional<String> superposed(Problem problem, Design design) {
        Set<String> names = problem.parameters();
        if (names.size() != 1) {
            return Optional.empty();
        }
        String name = names.iterator().next();
        List<Double> values = design.values().get(name);
        boolean several = values != null && values.stream().distinct().count() >= 2;
        return several && problem.source().factor(name).isPresent() ? Optional.of(name) : Optional.empty();
    }

    /** What manifest.json records of the study: the problem and the design. */
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>(problem.describe());
        Map<String, Object> params = new LinkedHashMap<>();
        for (String name : design.names()) {
            params.put(name, name.equals(Design.MESH)
                    ? design.meshes().stream().map(MeshSize::label).toList() : design.values().get(name));
        }
        map.put("design", design.kind().label());
        map.put("parameters", params);
        if (!design.meshSwept()) {
            map.put("mesh", design.meshes().get(0).label());
        }
        return map;
    }
}
