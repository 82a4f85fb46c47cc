package io.sweep.cli.args;

import io.sweep.config.BadInputException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a command line against a command's options, GNU style: {@code --name value} or
 * {@code --name=value}, flags alone, {@code --} before words that start with a dash, and
 * {@code -h}/{@code --help} and {@code -V}/{@code --version} everywhere. Values from a config
 * file fill in the options the command line does not give. Anything wrong is a
 * {@link BadInputException}: one line that says what, and where help is.
 *
 * <p>Why not picocli, which sweep used before: building its model from annotations cost a cold JVM
 * 100-140 ms before anything else could start (annotation proxies, method handles, its own
 * start-up), on every run; this class does the same job in a few milliseconds.
 */
public final class Arguments {
    /** What a command line asked for: help, the version, or the options given and the words (in order). */
    public record Parsed(boolean help, boolean version, List<Option> given, List<String> words) {
        public Parsed {
            given = List.copyOf(given);
            words = List.copyOf(words);
        }
    }

    private static final Set<String> HELP = Set.of("-h", "--help");
    private static final Set<String> VERSION = Set.of("-V", "--version");

    private final Map<String, Option> byName = new HashMap<>();
    private final List<Option> options;
    private final String see;

    /**
     * @param options every option the command takes
     * @param see     appended to each error in parentheses: "see sweep --help"
     */
    public Arguments(List<Option> options, String see) {
        this.options = List.copyOf(options);
        this.see = see;
        for (Option option : options) {
            for (String name : option.names()) {
                if (byName.put(name, option) != null) {
                    throw new IllegalArgumentException("two options are named " + name);
                }
            }
        }
    }

    /** The keys a config file may give: every long name of a shown option without its dashes, and families. */
    public List<String> configKeys() {
        List<String> keys = new ArrayList<>();
        for (Option option : options) {
            if (!option.hidden()) {
                for (String name : option.names()) {
                    keys.add(Option.bare(name));
                }
                if (option.kind() == Option.Kind.FAMILY) {
                    keys.add(option.key() + ".*");
                }
            }
        }
        return keys;
    }

    /**
     * Reads {@code args}, hands each value to its option's receiver, and returns what was given.
     * An option the command line leaves out gets the config file's value, else its default,
     * before the command line's values are handed on.
     *
     * @param config          a config file's keys and values (already checked against {@link #configKeys})
     * @param unknownAreWords an option this command does not know is kept as a word (for a command
     *                        that passes the rest on) instead of being an error
     */
    public Parsed parse(List<String> args, Map<String, String> config, boolean unknownAreWords) {
        // By identity: a record's own hashCode would cost a cold JVM its method-handle bootstrap (~25 ms).
        Set<Option> given = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Option> givenInOrder = new ArrayList<>();
        List<Option> matched = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<String> words = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !looksLikeOption(arg)) {
                words.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (HELP.contains(arg) || VERSION.contains(arg)) {
                return new Parsed(HELP.contains(arg), VERSION.contains(arg), givenInOrder, words);
            }
            String name = nameOf(arg);
            int equals = name.length() < arg.length() ? name.length() : -1;
            Option option = byName.get(name);
            if (option == null) {
                if (unknownAreWords) {
                    words.add(arg);
                    continue;
                }
                throw bad("unknown option '" + name + "'" + suggestion(name));
            }
            String value;
            if (!option.takesValue()) {
                if (equals > 0) {
                    throw bad(name + " takes no value");
                }
                value = "true";
            } else if (equals > 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size() && !isName(args.get(i + 1))) {
                value = args.get(++i);
            } else {
                throw bad(name + " needs a value: " + option.label());
            }
            boolean once = option.kind() == Option.Kind.FLAG || option.kind() == Option.Kind.VALUE;
            if (given.add(option)) {
                givenInOrder.add(option);
            } else if (once) {
                throw bad(name + " is given twice: give it once");
            }
            matched.add(option);
            values.add(value);
        }
        fillIn(config, given);
        for (int i = 0; i < matched.size(); i++) {
            matched.get(i).receiver().accept(values.get(i));
        }
        return new Parsed(false, false, givenInOrder, words);
    }

    /** For the options the command line leaves out: the config file's values, else the defaults. */
    private void fillIn(Map<String, String> config, Set<Option> given) {
        for (Option option : options) {
            if (given.contains(option)) {
                continue;
            }
            boolean fromFile = !option.hidden() && fromConfig(option, config);
            if (!fromFile && option.defaultValue() != null) {
                option.receiver().accept(option.defaultValue());
            }
        }
    }

    /** Hands the option its config file values; whether there were any. */
    private static boolean fromConfig(Option option, Map<String, String> config) {
        boolean found = false;
        for (String name : option.names()) {
            String key = Option.bare(name);
            String value = config.get(key);
            if (value != null) {
                option.receiver().accept(option.takesValue() ? value : flagValue(key, value));
                found = true;
            }
        }
        if (option.kind() == Option.Kind.FAMILY) {
            String prefix = option.key() + ".";
            for (Map.Entry<String, String> entry : config.entrySet()) {
                if (entry.getKey().startsWith(prefix)) {
                    option.receiver().accept(entry.getKey().substring(prefix.length()) + "=" + entry.getValue());
                    found = true;
                }
            }
        }
        return found;
    }

    private static String flagValue(String key, String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return value.toLowerCase(java.util.Locale.ROOT);
        }
        throw new BadInputException("--config: " + key + " = '" + value + "' is invalid: use true or false");
    }

    /** A name this command knows (so not a value), or help or version. */
    private boolean isName(String arg) {
        return byName.containsKey(nameOf(arg)) || HELP.contains(arg) || VERSION.contains(arg);
    }

    /** The option name in {@code --name=value}, or the whole argument. */
    private static String nameOf(String arg) {
        int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
        return equals > 0 ? arg.substring(0, equals) : arg;
    }

    /** An option rather than a word: a dash and then not a digit or a point (-1 and -.5 are words). */
    private static boolean looksLikeOption(String arg) {
        return arg.length() > 1 && arg.charAt(0) == '-' && !Character.isDigit(arg.charAt(1)) && arg.charAt(1) != '.';
    }

    /** ": did you mean --mesh?" for the nearest shown name, when one is near. */
    private String suggestion(String name) {
        String best = null;
        int bestDistance = 3;
        for (Option option : options) {
            if (option.hidden()) {
                continue;
            }
            for (String candidate : option.names()) {
                int distance = distance(name, candidate);
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return best == null ? "" : ": did you mean " + best + "?";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private BadInputException bad(String message) {
        return new BadInputException(message + " (" + see + ")");
    }
}
