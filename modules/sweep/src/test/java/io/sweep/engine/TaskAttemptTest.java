package io.sweep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sweep.workloads.selftest.SelftestRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One attempt of a task in this process: what it clears first, and what it refuses to record. */
class TaskAttemptTest {
    @TempDir
    Path out;

    private static Task task(boolean nan) {
        return new Task("task-3", "selftest", Map.of("index", "3", "millis", "0", "crash", "false", "fail", "false",
                "nan", Boolean.toString(nan)));
    }

    @Test
    void anAttemptRemovesWhatAKilledEarlierAttemptLeftHalfWritten() throws Exception {
        Path dir = Files.createDirectories(out.resolve("tasks/task-3"));
        Path leftover = Files.writeString(dir.resolve(".square.txt.tmp-5eed"), "half");
        TaskResult result = TaskExecution.run(task(false), SelftestRunner.class.getName(), new LocalWorkerContext(out));
        assertEquals(9.0, result.number("square"));
        assertFalse(Files.exists(leftover), "the retry removed the killed attempt's temporary file");
        assertTrue(ResultRecords.read(out, "task-3").isPresent());
    }

    @Test
    void aValueThatIsNotFiniteFailsTheAttemptAndNoRecordIsWritten() {
        NotFiniteException e = assertThrows(NotFiniteException.class,
                () -> TaskExecution.run(task(true), SelftestRunner.class.getName(), new LocalWorkerContext(out)));
        assertEquals("value square is NaN, not a finite number", e.getMessage());
        assertFalse(Files.exists(ResultRecords.path(out, "task-3")));
    }
}
