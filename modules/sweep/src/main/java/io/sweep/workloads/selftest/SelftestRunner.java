package io.sweep.workloads.selftest;

import io.sweep.results.AtomicFiles;
import io.sweep.results.FileSum;
import io.sweep.engine.DiskFiles;
import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
import io.sweep.engine.TaskRunner;
import io.sweep.engine.WorkerContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Worker side of the test workload: sleep, optionally crash or throw, write a file. */
public final class SelftestRunner implements TaskRunner {
    @Override
    public TaskResult run(Task task, WorkerContext context) throws Exception {
        int index = task.intParam("index");
        Path dir = context.taskDir(task);
        System.out.println("task " + index + " in pid " + context.pid());
        if (Boolean.parseBoolean(task.param("crash"))) {
            Path marker = dir.resolve("crashed-once");
            if (!Files.exists(marker)) {
                Files.createFile(marker);
                Runtime.getRuntime().halt(3);
            }
        }
        Thread.sleep(task.longParam("millis"));
        if (Boolean.parseBoolean(task.param("fail"))) {
            throw new IllegalStateException("task " + index + " fails on purpose");
        }
        Path out = dir.resolve("square.txt");
        FileSum sum = AtomicFiles.write(out, (index * index + "\n").getBytes(StandardCharsets.UTF_8));
        return new TaskResult(task.key(), Map.of("index", index, "square", index * index),
                List.of(DiskFiles.describe(context.outDir(), out, sum)), 0, context.pid());
    }
}
