package io.sweep;

/** What a finished command left behind: its exit code and everything it printed. */
record CommandResult(int exitCode, String stdout, String stderr) {

    /** The stderr lines that are not blank. */
    java.util.List<String> stderrLines() {
        return stderr.lines().filter(line -> !line.isBlank()).toList();
    }

    /** A readable account for assertion messages. */
    String describe() {
        return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
    }
}
