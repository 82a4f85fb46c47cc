package io.sweep.backend;

import io.sweep.engine.Task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The tasks a local backend still has to run, with their attempt numbers, and how many tasks are
 * not yet over (a retried task goes back in the queue and stays counted). Workers take from it
 * until every task is over or the run is cancelled.
 */
final class WorkQueue {
    /** One attempt to come. */
    record Attempt(Task task, int number) {
        Attempt next() {
            return new Attempt(task, number + 1);
        }
    }

    private final Deque<Attempt> pending = new ArrayDeque<>();
    private int unfinished;
    private boolean cancelled;
    private boolean stopped;

    WorkQueue(List<Task> tasks) {
        for (Task task : tasks) {
            pending.add(new Attempt(task, 1));
        }
        unfinished = tasks.size();
    }

    /** The next attempt, waiting while others may still be retried; null when there is no more work. */
    synchronized Attempt take() throws InterruptedException {
        while (!cancelled && pending.isEmpty() && unfinished > 0) {
            wait(TimeUnit.SECONDS.toMillis(1));
        }
        return cancelled || pending.isEmpty() ? null : pending.poll();
    }

    /** The task is over (done, or failed for good). */
    synchronized void over() {
        unfinished--;
        notifyAll();
    }

    /** Retries go first: the task has waited longest. */
    synchronized void retry(Attempt attempt) {
        if (stopped) {
            unfinished--;
        } else {
            pending.addFirst(attempt.next());
        }
        notifyAll();
    }

    /** No new attempt starts (--halt soon): what is pending is dropped, running attempts end as they will. */
    synchronized void stopStarting() {
        unfinished -= pending.size();
        pending.clear();
        stopped = true;
        notifyAll();
    }

    synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    synchronized boolean cancelled() {
        return cancelled;
    }

    synchronized boolean hasWork() {
        return !cancelled && unfinished > 0;
    }
}
