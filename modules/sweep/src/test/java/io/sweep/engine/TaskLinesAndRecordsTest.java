package io.sweep.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sweep.worker.WorkerProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskLinesAndRecordsTest {
    @TempDir
    Path out;

    @Test
    void aTaskSurvivesTheTripAsOneLine() throws Exception {
        Task task = new Task("alpha=0.1", "poisson", Map.of("alpha", "0.1", "note", "a \"quoted\"\nline"));
        String line = TaskLines.encode(task, "x.Runner");
        assertEquals(1, line.lines().count());
        TaskLines.RunnableTask back = TaskLines.decode(line);
        assertEquals(task, back.task());
        assertEquals("x.Runner", back.runnerClass());
    }

    @Test
    void resultRecordsRoundTripWithFullPrecision() throws Exception {
        double tricky = 0.1 + 0.2;
        TaskResult result = new TaskResult("k", Map.of("l2", tricky, "n", 3), List.of(new OutputFile("tasks/k/u.vtu",
                12, "ab")), 1.25, 77);
        Task task = new Task("k", "poisson", Map.of("alpha", "0.3", "mesh", "8"));
        ResultRecords.write(out, task, result);
        TaskResult back = ResultRecords.read(out, "k").orElseThrow();
        assertEquals(tricky, back.number("l2"));
        assertEquals(Map.of("workload", "poisson", "params", Map.of("alpha", "0.3", "mesh", "8")),
                ResultRecords.readStored(out, "k").orElseThrow().problem(), "the record names its problem");
        assertEquals(result.files(), back.files());
        assertEquals(77, back.pid());
        assertTrue(ResultRecords.read(out, "absent").isEmpty());
        try (var files = Files.list(out.resolve("tasks/k"))) {
            assertEquals(List.of("result.json"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file left");
        }
    }

    @Test
    void protocolLinesAreRecognisedAndStrayOutputIgnored() {
        assertEquals(new WorkerProtocol.Reply("done", "k", "", ""), WorkerProtocol.parse(WorkerProtocol.done("k")));
        assertTrue(WorkerProtocol.parse(WorkerProtocol.ready()).isReady());
        WorkerProtocol.Reply failed = WorkerProtocol.parse(WorkerProtocol.failed("k", "crashed", "Boom: a\nb"));
        assertEquals("crashed", failed.failureClass());
        assertEquals("Boom: a b", failed.reason());
        assertNull(WorkerProtocol.parse("hello from a native library"));
        assertNull(WorkerProtocol.parse("@sweep nonsense k"));
    }
}
