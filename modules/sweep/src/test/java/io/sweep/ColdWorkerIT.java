package io.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A cold worker solving Poisson tasks never calls a record's generated equals, hashCode or
 * toString: the first call of each in a JVM bootstraps {@code ObjectMethods} and builds method
 * handles (a first toString of the 8-field Dirichlet part took 50 ms, an equals 8 ms), which is
 * start-up time every worker would pay. The JVM's own linkage trace, printed by the worker into
 * its tasks' logs, says which call sites it linked.
 */
class ColdWorkerIT extends InstalledLauncherTest {
    private static final String TRACE_LINKAGE = "-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true";

    private List<String> linked(Path out, String... args) throws Exception {
        CommandResult result = InstalledSweep.of(installation, dir).with("SWEEP_WORKER_JAVA_OPTS", TRACE_LINKAGE)
                .run(Stream.concat(Stream.of(args), Stream.of("--procs", "1", "--mesh", "32", "--out", out.toString()))
                        .toArray(String[]::new));
        assertEquals(0, result.exitCode(), result::describe);
        List<String> lines;
        try (Stream<Path> logs = Files.walk(out.resolve("tasks"))) {
            lines = logs.filter(p -> p.getFileName().toString().equals("task.log")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(line -> line.startsWith("linkCallSite")).toList();
        }
        assertFalse(lines.isEmpty(), "the worker printed its linkage trace (lambdas link call sites too)");
        return lines;
    }

    @Test
    void directAndSuperposedTasksLinkNoRecordMethods() throws Exception {
        List<String> direct = linked(dir.resolve("direct"), "--source", "10*exp(-((x-0.5)^2+(y-0.5)^2)/w)",
                "--param", "w=0.01,0.02,0.04", "--dirichlet-on", "left,right,top");
        List<String> superposed = linked(dir.resolve("superposed"), "--alphas", "1,10,100");
        for (List<String> lines : List.of(direct, superposed)) {
            List<String> records = lines.stream().filter(line -> line.contains("ObjectMethods")).toList();
            assertTrue(records.isEmpty(), "record methods bootstrapped in a worker: " + records);
        }
    }
}
