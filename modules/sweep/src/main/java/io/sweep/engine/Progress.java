package io.sweep.engine;

import java.io.PrintStream;

/**
 * How a sweep shows its progress: a live bar on a terminal, one plain line per ended task
 * elsewhere (CI, Slurm, pipes), or nothing with --quiet.
 */
public interface Progress extends AutoCloseable {

    /** A task ended or will be retried. */
    void event(Ledger.Event event);

    @Override
    default void close() {
    }

    /** The display for this stream: a bar when it is a terminal, lines otherwise. */
    static Progress choose(boolean quiet, boolean terminal, PrintStream stream) {
        if (quiet) {
            return event -> { };
        }
        return terminal ? new TerminalProgress(stream) : new PlainProgress(stream);
    }
}
