package io.sweep.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sweep.engine.Task;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkQueueTest {
    private static Task task(String key) {
        return new Task(key, "test", Map.of());
    }

    @Test
    void handsOutInPlanOrderAndRetriesFirst() throws Exception {
        WorkQueue queue = new WorkQueue(List.of(task("a"), task("b"), task("c")));
        WorkQueue.Attempt a = queue.take();
        assertEquals("a", a.task().key());
        assertEquals(1, a.number());
        queue.retry(a);
        WorkQueue.Attempt retry = queue.take();
        assertEquals("a", retry.task().key(), "a retry goes before tasks not yet started");
        assertEquals(2, retry.number());
        assertEquals("b", queue.take().task().key());
    }

    @Test
    void waitsWhileAFailureMayStillComeBackThenEnds() throws Exception {
        WorkQueue queue = new WorkQueue(List.of(task("a")));
        WorkQueue.Attempt a = queue.take();
        CompletableFuture<WorkQueue.Attempt> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);
        assertTrue(!waiting.isDone(), "a second slot waits: task a may fail and be retried");
        queue.over();
        assertNull(waiting.get(5, TimeUnit.SECONDS), "once a is over there is no more work");
        assertTrue(!queue.hasWork());
        assertEquals("a", a.task().key());
    }

    @Test
    void cancelReleasesEveryWaiter() throws Exception {
        WorkQueue queue = new WorkQueue(List.of(task("a"), task("b")));
        queue.take();
        queue.take();
        CompletableFuture<WorkQueue.Attempt> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        queue.cancel();
        assertNull(waiting.get(5, TimeUnit.SECONDS));
        assertTrue(queue.cancelled());
    }
}
