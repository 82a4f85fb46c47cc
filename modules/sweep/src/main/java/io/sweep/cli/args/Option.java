package io.sweep.cli.args;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One long option of a command line: its names, what it takes, its line in {@code --help}, and
 * where its value goes. Values stay strings: each command validates them itself, so every bad
 * value gets the same kind of one-line message.
 *
 * @param names       {@code --name} first, then any other names ({@code --backend}, {@code --mode})
 * @param label       what the value is, for help ({@code N}, {@code DIR}); null for a flag
 * @param description the help text
 * @param kind        a flag, one value, a repeatable value, or a family of NAME=VALUE items
 * @param defaultValue handed to the receiver when neither the command line nor a config file
 *                    gives the option, and shown in help; null for none
 * @param hidden      left out of help and of the config file's keys
 * @param receiver    takes each value ({@code "true"} for a flag given)
 */
public record Option(List<String> names, String label, String description, Kind kind, String defaultValue,
                     boolean hidden, Consumer<String> receiver) {

    /** What an option takes. */
    public enum Kind {
        /** No value: given or not ({@code quiet = true} in a config file). */
        FLAG,
        /** One value, given at most once. */
        VALUE,
        /** A value each time it is given, in order. */
        REPEATABLE,
        /** Like REPEATABLE, with NAME=VALUE items; a config file gives them as keys {@code name.NAME}. */
        FAMILY
    }

    public Option {
        names = List.copyOf(names);
    }

    public static Option value(String name, String label, String description, Consumer<String> receiver) {
        return new Option(List.of(name), label, description, Kind.VALUE, null, false, receiver);
    }

    public static Option flag(String name, String description, Runnable receiver) {
        return new Option(List.of(name), null, description, Kind.FLAG, null, false, value -> {
            if (Boolean.parseBoolean(value)) {
                receiver.run();
            }
        });
    }

    public static Option repeatable(String name, String label, String description, Consumer<String> receiver) {
        return new Option(List.of(name), label, description, Kind.REPEATABLE, null, false, receiver);
    }

    public static Option family(String name, String label, String description, Consumer<String> receiver) {
        return new Option(List.of(name), label, description, Kind.FAMILY, null, false, receiver);
    }

    /** The same option under one more name. */
    public Option alias(String name) {
        List<String> all = new ArrayList<>(names);
        all.add(name);
        return new Option(all, label, description, kind, defaultValue, hidden, receiver);
    }

    /** The same option with a default value (declared here once: the parser and help both take it). */
    public Option byDefault(String value) {
        return new Option(names, label, description, kind, value, hidden, receiver);
    }

    /** The same option, left out of help. */
    public Option hide() {
        return new Option(names, label, description, kind, defaultValue, true, receiver);
    }

    /** The first name without its dashes: the option's key in a config file. */
    public String key() {
        return bare(names.get(0));
    }

    /** A name without its leading dashes. */
    public static String bare(String name) {
        int start = 0;
        while (start < name.length() && name.charAt(start) == '-') {
            start++;
        }
        return name.substring(start);
    }

    public boolean takesValue() {
        return kind != Kind.FLAG;
    }
}
