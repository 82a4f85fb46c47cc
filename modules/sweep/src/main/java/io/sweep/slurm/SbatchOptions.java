package io.sweep.slurm;

import io.sweep.config.BadInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The user's {@code --slurm-option} values, checked and ready for the sbatch command line:
 * partition, time, memory, account and the like. {@code --slurm-option=--partition=short} and
 * {@code --slurm-option=partition=short} mean the same. Options that sweep itself sets (the array,
 * the log files, the script) are refused, because the backend could no longer find its tasks.
 */
public record SbatchOptions(List<String> arguments) {

    /** Long and short forms sbatch would read as the array, logs, working directory or script. */
    private static final Set<String> RESERVED = Set.of(
            "--array", "-a", "--output", "-o", "--error", "-e", "--input", "-i", "--chdir", "-D",
            "--wrap", "--parsable", "--wait", "-W", "--test-only", "--job-name", "-J");

    public SbatchOptions {
        arguments = List.copyOf(arguments);
    }

    public static SbatchOptions none() {
        return new SbatchOptions(List.of());
    }

    /** Checks and normalises the raw values; bad input throws {@link BadInputException}. */
    public static SbatchOptions parse(List<String> raw) {
        List<String> arguments = new ArrayList<>();
        for (String value : raw) {
            arguments.add(normalise(value));
        }
        return new SbatchOptions(arguments);
    }

    /** Whether the user already gave a time limit (then sweep does not derive one). */
    public boolean setsTimeLimit() {
        return arguments.stream().anyMatch(a -> a.startsWith("--time=") || a.startsWith("-t"));
    }

    private static String normalise(String value) {
        String option = value.strip();
        if (option.isEmpty() || option.equals("-") || option.equals("--")) {
            throw bad(value, "it is empty");
        }
        if (!option.startsWith("-")) {
            option = "--" + option;
        }
        if (option.chars().anyMatch(Character::isWhitespace)) {
            throw bad(value, "it contains a space; give the value after '=' (--slurm-option=--time=10:00)");
        }
        String name = option.startsWith("--") ? option.split("=", 2)[0] : option.substring(0, 2);
        if (RESERVED.contains(option.startsWith("--") ? name.toLowerCase(Locale.ROOT) : name)) {
            throw bad(value, "sweep sets " + name + " itself");
        }
        return option;
    }

    private static BadInputException bad(String value, String why) {
        return new BadInputException("--slurm-option '" + value + "' is invalid: " + why
                + "; pass one sbatch option per --slurm-option, e.g. --slurm-option=--partition=short");
    }
}
