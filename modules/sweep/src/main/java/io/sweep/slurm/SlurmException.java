package io.sweep.slurm;

/** A Slurm command failed or answered something unexpected; the message is one line for people. */
public class SlurmException extends Exception {
    public SlurmException(String message) {
        super(message);
    }
}
