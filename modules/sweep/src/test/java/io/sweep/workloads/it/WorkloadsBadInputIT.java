package io.sweep.workloads.it;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad options of the small workloads and of compare: exit 2, one line on stderr, nothing written. */
class WorkloadsBadInputIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--workload pi --points 0            | --points 0 is invalid: use a whole number from 1 to 1e15",
        "--workload pi --points -5           | --points -5 is invalid: use a whole number from 1 to 1e15",
        "--workload pi --points lots         | --points 'lots' is not a whole number",
        "--workload pi --seed x              | --seed 'x' is not a whole number",
        "--workload map --chunksize 0        | --chunksize 0 is invalid: use a whole number from 1 to 1e6",
        "--workload map --values 1,two       | --values 'two' is not a whole number",
        "--workload map --power 100          | --power 100 is invalid",
        "--workload series --n 1.5           | --n '1.5' is not a whole number",
        "--workload series --k many          | --k 'many' is not a whole number",
        "--workload hello --greetings 0      | --greetings 0 is invalid",
        "--workload hello --sleep 3..1       | --sleep 3..1 is invalid: use MIN..MAX with MIN <= MAX",
        "compare pi --points 0               | --points 0 is invalid: use a whole number from 1 to 1e15",
        "compare map --chunksize 0           | --chunksize 0 is invalid",
        "compare series --alphas 1           | unknown option '--alphas' (sweep compare takes --procs, --out and the options of --workload series)",
        "compare nosuch                      | --workload 'nosuch' is unknown",
    })
    void exitsTwoWithOneLineAndWritesNothing(String args, String message) throws Exception {
        SweepJar.Run run = SweepJar.run(dir, (args.strip() + " --out out").split(" +"));
        assertEquals(2, run.exitCode(), run::describe);
        assertEquals(1, run.stderrLines().size(), run::describe);
        String line = run.stderrLines().get(0);
        assertTrue(line.startsWith("sweep: " + message), run::describe);
        assertFalse(line.contains("Exception"), line);
        assertEquals("", run.stdout(), run::describe);
        assertFalse(Files.exists(dir.resolve("out")), "nothing may be written on bad input");
    }
}
