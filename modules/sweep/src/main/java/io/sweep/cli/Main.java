package io.sweep.cli;

/** Entry point of the sweep command line. Placeholder until the command is built. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.err.println("sweep: not built yet");
        System.exit(1);
    }
}
