package io.sweep.engine;

/**
 * The one rule that decides what a failed attempt leads to: another attempt, giving the task up,
 * or ending the sweep. A task is retried up to {@code retries} times unless its failure is one no
 * retry can change; two infrastructure failures in a row (a worker JVM that cannot start, a
 * scheduler that refuses the job) end the sweep, since nothing else would run either.
 */
final class RetryRule {
    enum Decision { RETRY, GIVE_UP, END_SWEEP }

    private final int retries;
    private int infrastructureInARow;

    RetryRule(int retries) {
        this.retries = retries;
    }

    /** Called under the ledger's lock. */
    Decision decide(FailureClass failure, int attempt) {
        infrastructureInARow = failure.infrastructure() ? infrastructureInARow + 1 : 0;
        if (infrastructureInARow >= 2) {
            return Decision.END_SWEEP;
        }
        return failure.retryable() && attempt <= retries ? Decision.RETRY : Decision.GIVE_UP;
    }

    /** A finished attempt: the infrastructure works. */
    void succeeded() {
        infrastructureInARow = 0;
    }
}
