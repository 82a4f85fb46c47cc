package io.sweep.workloads.hello;

import io.sweep.engine.Task;
import io.sweep.engine.TaskResult;
import io.sweep.engine.TaskRunner;
import io.sweep.engine.WorkerContext;
import io.sweep.workloads.WorkerThread;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seminar's hello, worker side: sleeps, then greets with its index, its name and its process
 * (and parent process) id, as {@code print('Hello:', num, my_p.pid, my_p._parent_pid, my_p.name)}.
 */
public final class HelloRunner implements TaskRunner {

    @Override
    public TaskResult run(Task task, WorkerContext context) throws InterruptedException {
        long start = System.nanoTime();
        int index = task.intParam("index");
        long sleepMillis = task.longParam("sleep_ms");
        Thread.sleep(sleepMillis);
        long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        String thread = WorkerThread.current();
        Instant finished = Instant.now();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("index", index);
        values.put("name", task.key());
        values.put("parent_pid", parent);
        values.put("thread", thread);
        values.put("slept_ms", sleepMillis);
        values.put("finished_at_ns", finished.getEpochSecond() * 1_000_000_000L + finished.getNano());
        values.put("greeting", "[" + index + "] Hello! " + task.key() + " pid " + context.pid()
                + " parent " + parent + " thread " + thread + " slept " + sleepMillis + " ms");
        return new TaskResult(task.key(), values, List.of(),
                (System.nanoTime() - start) / 1e9, context.pid());
    }
}
