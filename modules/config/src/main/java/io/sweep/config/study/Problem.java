package io.sweep.config.study;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * -Δu = f in the rectangle, u = u_D on the Dirichlet sides, ∇u·n = g on the others, as data.
 *
 * @param source         f ({@code --source})
 * @param flux           g ({@code --flux})
 * @param dirichlet      u_D ({@code --dirichlet})
 * @param dirichletSides where u = u_D ({@code --dirichlet-on})
 * @param domain         the rectangle ({@code --domain})
 */
public record Problem(Expression source, Expression flux, Expression dirichlet, Set<Side> dirichletSides,
                      Domain domain) {
    public static final String SOURCE = "alpha*exp(-((x-0.5)^2+(y-0.5)^2)/0.02)";
    public static final String FLUX = "sin(5*x)";
    public static final String DIRICHLET = "0";
    public static final String SIDES = "left,right";
    public static final String DOMAIN = "0,0,1,1";

    public Problem {
        dirichletSides = Set.copyOf(EnumSet.copyOf(dirichletSides));
    }

    /** Every parameter the expressions use, in order of first use (source, flux, u_D). */
    public Set<String> parameters() {
        Set<String> names = new LinkedHashSet<>(source.parameters());
        names.addAll(flux.parameters());
        names.addAll(dirichlet.parameters());
        return names;
    }

    /** The sides in a fixed order, as {@code left,right}. */
    public String sidesLabel() {
        return EnumSet.copyOf(dirichletSides).stream().map(Side::label).collect(Collectors.joining(","));
    }

    /** What manifest.json records: the expressions as typed, the sides and the domain. */
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("source", source.text());
        map.put("flux", flux.text());
        map.put("dirichlet", dirichlet.text());
        map.put("dirichlet_on", sidesLabel());
        map.put("domain", domain.label());
        return map;
    }
}
