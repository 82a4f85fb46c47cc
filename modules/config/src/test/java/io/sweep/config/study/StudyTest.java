package io.sweep.config.study;

import io.sweep.config.BadInputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudyTest {
    private static StudyInput input(String source, String mesh, String alphas, List<String> params, String design) {
        return new StudyInput(source, Problem.FLUX, Problem.DIRICHLET, Problem.SIDES, Problem.DOMAIN, mesh, alphas,
                params, design, null);
    }

    private static List<String> keys(Study study) {
        return study.design().points().stream().map(DesignPoint::key).toList();
    }

    @Test
    void theSeminarIsTheDefaultAndItsAlphaIsSuperposed() {
        Study study = Study.parse(input(Problem.SOURCE, "256", null, List.of(), "grid"));
        assertEquals(List.of("alpha=0.1", "alpha=1", "alpha=10", "alpha=100"), keys(study));
        assertEquals(Optional.of("alpha"), study.superposed());
        assertEquals(Optional.of("alpha"), study.timeParameter());
        assertEquals(new MeshSize(256, 256), study.design().points().get(0).mesh());
    }

    @Test
    void aSingleValueIsSolvedDirectlyNotSuperposed() {
        assertEquals(Optional.empty(), Study.parse(input(Problem.SOURCE, "256", "10", List.of(), "grid")).superposed(),
                "one α: one solve, not the two of the unit solutions");
        assertEquals(Optional.empty(), Study.parse(input(Problem.SOURCE, "log2:8:64", "10", List.of(), "grid"))
                .superposed(), "a convergence study of one α");
        assertEquals(Optional.of("alpha"), Study.parse(input(Problem.SOURCE, "8,16", "1,10", List.of(), "grid"))
                .superposed());
    }

    @Test
    void aGridVariesTheLastParameterFastestAndTheMeshIsAParameter() {
        Study study = Study.parse(input("a*exp(-x/w)", "8,16x32", null, List.of("a=1,2", "w=0.5"), "grid"));
        assertEquals(List.of("a=1,w=0.5,mesh=8", "a=1,w=0.5,mesh=16x32", "a=2,w=0.5,mesh=8",
                "a=2,w=0.5,mesh=16x32"), keys(study));
        DesignPoint last = study.design().points().get(3);
        assertEquals(new MeshSize(16, 32), last.mesh());
        assertEquals(2.0, last.values().get("a"));
        assertEquals(16.0, last.number("mesh"));
        assertEquals(Optional.empty(), study.superposed(), "a multiplies the source, but w is swept too");
    }

    @Test
    void zipTakesTheIthValuesTogether() {
        Study study = Study.parse(input("a*exp(-x/w)", "8", null, List.of("a=1,2,3", "w=log:0.01:1:3"), "zip"));
        assertEquals(List.of("a=1,w=0.01", "a=2,w=0.1", "a=3,w=1"), keys(study));
        BadInputException e = assertThrows(BadInputException.class,
                () -> Study.parse(input("a*exp(-x/w)", "8", null, List.of("a=1,2", "w=1"), "zip")));
        assertTrue(e.getMessage().contains("a has 2 values and w has 1"), e.getMessage());
    }

    @Test
    void namesWithoutValuesAndValuesWithoutNamesAreRefused() {
        BadInputException undefined = assertThrows(BadInputException.class,
                () -> Study.parse(input("exp(-x/w)", "8", null, List.of(), "grid")));
        assertTrue(undefined.getMessage().contains("uses 'w', which has no value"), undefined.getMessage());
        BadInputException unused = assertThrows(BadInputException.class,
                () -> Study.parse(input("x", "8", "1,2", List.of(), "grid")));
        assertTrue(unused.getMessage().startsWith("--alphas gives values to 'alpha', which no expression uses"),
                unused.getMessage());
        assertThrows(BadInputException.class,
                () -> Study.parse(input(Problem.SOURCE, "8", "1", List.of("alpha=2"), "grid")));
        assertThrows(BadInputException.class,
                () -> Study.parse(input("w*x", "8", null, List.of("w=1", "w=2"), "grid")));
    }

    @Test
    void theTimeParameterIsTheFirstUnlessChosen() {
        StudyInput in = new StudyInput("a*exp(-x/w)", Problem.FLUX, Problem.DIRICHLET, Problem.SIDES, Problem.DOMAIN,
                "8", null, List.of("a=1", "w=1,2"), "grid", "w");
        assertEquals(Optional.of("w"), Study.parse(in).timeParameter());
        assertEquals(Optional.empty(), Study.parse(input("x*y", "8", null, List.of(), "grid")).timeParameter());
        assertEquals(List.of(DesignPoint.ONLY), keys(Study.parse(input("x*y", "8", null, List.of(), "grid"))));
    }

    @Test
    void labelsAreShortExactAndFileNameSafe() {
        assertEquals("10", Labels.of(10.0));
        assertEquals("0.02", Labels.of(0.02));
        assertEquals("1e-5", Labels.of(1e-5));
        assertEquals("-2.5e10", Labels.of(-2.5e10));
        assertEquals("0", Labels.of(-0.0));
        assertEquals(0.1 + 0.2, Double.parseDouble(Labels.of(0.1 + 0.2)));
    }

    @Test
    void theDomainAndSidesAreChecked() {
        assertThrows(BadInputException.class, () -> Domain.parse("0,0,1"));
        assertThrows(BadInputException.class, () -> Domain.parse("1,0,0,1"));
        assertEquals(new Domain(-1, 0, 1, 3), Domain.parse("-1,0,1,3"));
        assertThrows(BadInputException.class, () -> Side.parseList("left,left"));
        assertEquals(java.util.EnumSet.of(Side.TOP, Side.LEFT), Side.parseList("top, left"));
    }
}
