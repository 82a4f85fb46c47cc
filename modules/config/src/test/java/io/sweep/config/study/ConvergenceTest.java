package io.sweep.config.study;

import io.sweep.config.BadInputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --exact, errors against the finest mesh, and --mesh log2:START:STOP. */
class ConvergenceTest {

    private static final String SOURCE = "2*pi^2*sin(pi*x)*cos(pi*y)";

    private static Study study(String mesh, List<String> params, String source) {
        return Study.parse(new StudyInput(source, "0", "0", "left,right", "0,0,1,1", mesh, null, params, "grid", null));
    }

    private static Study study(String mesh) {
        return study(mesh, List.of(), SOURCE);
    }

    private static String refusal(String exact, Study study) {
        return assertThrows(BadInputException.class, () -> Convergence.of(exact, study)).getMessage();
    }

    @Test
    void anExactSolutionIsParsedAndNamesTheReference() {
        Convergence c = Convergence.of("sin(pi*x)*cos(pi*y)", study("8,16,32")).orElseThrow();
        assertEquals("the exact solution sin(pi*x)*cos(pi*y)", c.reference());
        assertEquals(Math.sin(Math.PI * 0.25) * Math.cos(Math.PI * 0.5),
                c.exact().orElseThrow().bind(java.util.Map.of()).at(0.25, 0.5), 1e-15);
        // With --exact, one mesh and meshes that do not nest are fine: errors need no other mesh.
        assertTrue(Convergence.of("sin(pi*x)", study("24")).isPresent());
        assertTrue(Convergence.of("sin(pi*x)", study("24,64")).isPresent());
    }

    @Test
    void exactMayUseTheStudysParameters() {
        Study s = study("16,32", List.of("k=1,2"), "k*2*pi^2*sin(pi*x)*cos(pi*y)");
        assertTrue(Convergence.of("k*sin(pi*x)*cos(pi*y)", s).isPresent());
        String message = refusal("q*sin(pi*x)", s);
        assertTrue(message.startsWith("--exact 'q*sin(pi*x)' uses 'q', which has no value"), message);
    }

    @Test
    void aSyntaxErrorInExactIsBadInputWithItsPosition() {
        String message = refusal("sin(pi*x", study("8,16"));
        assertTrue(message.startsWith("--exact"), message);
        assertTrue(message.matches(".*(position|column|at) \\d+.*"), message);
    }

    @Test
    void withoutExactTheFinestMeshIsTheReference() {
        Convergence c = Convergence.of(null, study("16,32,64,256")).orElseThrow();
        assertEquals(Optional.empty(), c.exact());
        assertEquals(new MeshSize(256, 256), c.finest());
        assertEquals("the finest mesh (n=256)", c.reference());
        assertEquals(new MeshSize(64, 32), Convergence.of("", study("16x8,64x32,32x16")).orElseThrow().finest());
        assertEquals(Optional.empty(), Convergence.of(null, study("64")), "no mesh study, no errors");
    }

    @Test
    void meshesZippedWithOtherValuesAreNoRefinementStudy() {
        Study zipped = Study.parse(new StudyInput("a*x", "0", "0", "left,right", "0,0,1,1", "8,16,32", null,
                List.of("a=1,2,3"), "zip", null));
        assertEquals(Optional.empty(), Convergence.of(null, zipped));
        assertTrue(Convergence.of("a*x", zipped).isPresent(), "with --exact each point still has its errors");
        Study meshOnly = Study.parse(new StudyInput(SOURCE, "0", "0", "left,right", "0,0,1,1", "8,16", null,
                List.of(), "zip", null));
        assertTrue(Convergence.of(null, meshOnly).isPresent());
    }

    @Test
    void meshesThatDoNotNestAreRefused() {
        String message = refusal(null, study("24,64"));
        assertTrue(message.startsWith("mesh 24 does not nest in the finest mesh 64"), message);
        assertTrue(refusal(null, study("32x64,64x32")).contains("does not nest"));
    }

    @Test
    void oneMeshAgainstTheFinestIsRefused() {
        String message = refusal(null, study("64", List.of("mesh=64"), SOURCE));
        assertTrue(message.startsWith("the mesh study has one mesh (64)"), message);
    }

    @Test
    void log2RangesDoubleFromStartToStop() {
        assertEquals(List.of(8, 16, 32, 64, 128, 256, 512, 1024),
                MeshSize.parseList("log2:8:1024", "--mesh").stream().map(MeshSize::nx).toList());
        assertEquals(List.of(new MeshSize(16, 8), new MeshSize(32, 16), new MeshSize(64, 32)),
                MeshSize.parseList("log2:16x8:64x32", "--mesh"));
        assertEquals(List.of(4, 8, 16, 100), MeshSize.parseList("log2:4:16,100", "--mesh").stream().map(MeshSize::nx).toList());
        for (String bad : List.of("log2:8:1000", "log2:8", "log2:64:8", "log2:8:x", "log2:16x8:64x64")) {
            String message = assertThrows(BadInputException.class, () -> MeshSize.parseList(bad, "--mesh")).getMessage();
            assertTrue(message.startsWith("--mesh '"), message);
        }
    }

    @Test
    void aMeshStudyStepsThroughTheMeshes() {
        assertEquals(Optional.of("mesh"), study("8,16", List.of("k=1,2"), "k*x").timeParameter());
        assertEquals(Optional.of("k"), study("8", List.of("k=1,2"), "k*x").timeParameter());
    }
}
