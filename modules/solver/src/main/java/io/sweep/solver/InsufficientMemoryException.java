package io.sweep.solver;

/** A solve would need more heap than this JVM may use: refused before it starts. */
public final class InsufficientMemoryException extends IllegalArgumentException {
    public InsufficientMemoryException(String message) {
        super(message);
    }
}
