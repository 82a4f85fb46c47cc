package io.sweep.config;

/**
 * Bad user input: the one exception type that the command line maps to exit code 2 with its
 * message as the single line on stderr. The message says what was wrong and what is accepted,
 * for example {@code --procs 0 is invalid: use a whole number >= 1}.
 */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
