package io.sweep.slurm;

import io.sweep.config.BadInputException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SbatchOptionsTest {

    @Test
    void passesOptionsThroughAndAddsMissingDashes() {
        SbatchOptions options = SbatchOptions.parse(List.of("--partition=short", "mem=2G", "-Aproj", "-pdebug",
                "--exclusive"));
        assertEquals(List.of("--partition=short", "--mem=2G", "-Aproj", "-pdebug", "--exclusive"),
                options.arguments());
        assertFalse(options.setsTimeLimit());
        assertTrue(SbatchOptions.parse(List.of("time=10:00")).setsTimeLimit());
        assertTrue(SbatchOptions.parse(List.of("-t5")).setsTimeLimit());
    }

    @Test
    void refusesWhatSweepSetsItselfAndMalformedValues() {
        for (String bad : List.of("--array=0-3", "-a1", "output=x.log", "-o", "--error=e", "--chdir=/",
                "--wrap=true", "--parsable", "--job-name=x", "", "  ", "--", "--time 10")) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> SbatchOptions.parse(List.of(bad)), bad);
            assertTrue(e.getMessage().startsWith("--slurm-option '" + bad + "' is invalid: "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void theSbatchCommandPutsUserOptionsBeforeTheScript() {
        assertEquals(List.of("sbatch", "--parsable", "--partition=short", "--time=5", "/o/slurm/job-1.sh"),
                SlurmCommands.sbatchCommand(SbatchOptions.parse(List.of("partition=short", "--time=5")),
                        Path.of("/o/slurm/job-1.sh")));
    }

    @Test
    void readsTheJobIdThatSbatchParsablePrints() throws SlurmException {
        assertEquals(42, SlurmCommands.parseJobId("42\n"));
        assertEquals(42, SlurmCommands.parseJobId("42;cluster2\n"));
        assertEquals(7, SlurmCommands.parseJobId("sbatch: warning: something\n7\n"));
        assertThrows(SlurmException.class, () -> SlurmCommands.parseJobId(""));
        assertThrows(SlurmException.class, () -> SlurmCommands.parseJobId("Submitted batch job 9\n"));
    }

    @Test
    void readsTheExitCodeThatScontrolShows() {
        assertEquals(java.util.Optional.of(new SlurmCommands.ExitStatus(3, 0)), SlurmCommands.parseExitStatus(
                "JobId=13 ArrayJobId=7 ArrayTaskId=1 JobState=FAILED Reason=NonZeroExitCode Dependency=(null) "
                        + "Requeue=1 Restarts=0 BatchFlag=1 Reboot=0 ExitCode=3:0 DerivedExitCode=0:0\n"));
        assertEquals(java.util.Optional.of(new SlurmCommands.ExitStatus(0, 9)),
                SlurmCommands.parseExitStatus("JobState=CANCELLED DerivedExitCode=0:0 ExitCode=0:9"));
        assertEquals(java.util.Optional.empty(), SlurmCommands.parseExitStatus("JobState=PENDING"));
    }
}
