package io.sweep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProvenanceTest {
    @Test
    void theCommandLineReadsBackAsTheSameWordsInAShell() throws Exception {
        List<String> args = List.of("--alphas", "0.1,1", "--out", "study <b>&\"", "--slurm-option=--time=5", "it's", "");
        Provenance p = Provenance.of(args);
        assertEquals("sweep --alphas 0.1,1 --out 'study <b>&\"' --slurm-option=--time=5 'it'\\''s' ''",
                p.commandLine());
        Process sh = new ProcessBuilder("sh", "-c", "for a in " + p.commandLine().substring("sweep".length())
                + "; do printf '[%s]' \"$a\"; done").start();
        assertEquals("[--alphas][0.1,1][--out][study <b>&\"][--slurm-option=--time=5][it's][]",
                new String(sh.getInputStream().readAllBytes()));
        assertEquals(System.getProperty("user.name"), p.user());
        assertTrue(p.toJson().containsKey("git_commit"), "recorded even when unknown (null)");
    }
}
