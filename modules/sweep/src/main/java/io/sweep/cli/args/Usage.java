package io.sweep.cli.args;

import java.util.ArrayList;
import java.util.List;

/**
 * A command's {@code --help} text: the usage lines, the description, each section of options
 * (name and value on the left, the description wrapped beside it) and the commands under it.
 */
public final class Usage {
    /** Help lines are wrapped at this width. */
    static final int WIDTH = 80;
    private static final int NAMES_WIDTH = 26;
    private static final List<Option> STANDARD = List.of(
            Option.flag("-h", "Show this help and exit.", () -> { }).alias("--help"),
            Option.flag("-V", "Print the version and the Java that runs it, and exit.", () -> { }).alias("--version"));

    private Usage() {
    }

    /**
     * @param usage       the usage lines, e.g. {@code sweep [OPTIONS]}
     * @param description paragraphs
     * @param sections    the options, -h and -V added to the first section
     * @param commands    pairs of a command's name and its one-line description
     */
    public static String format(List<String> usage, List<String> description, List<Section> sections,
                                List<String[]> commands) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < usage.size(); i++) {
            text.append(i == 0 ? "Usage: " : "       ").append(usage.get(i)).append('\n');
        }
        for (String paragraph : description) {
            text.append('\n');
            wrap(text, paragraph, 0, 0);
        }
        for (int s = 0; s < Math.max(1, sections.size()); s++) {
            Section section = s < sections.size() ? sections.get(s) : new Section(null, List.of());
            List<Option> shown = new ArrayList<>();
            for (Option option : section.options()) {
                if (!option.hidden()) {
                    shown.add(option);
                }
            }
            if (s == 0) {
                shown.addAll(STANDARD);
            }
            if (shown.isEmpty()) {
                continue;
            }
            text.append('\n');
            wrap(text, (section.heading() == null ? "Options" : section.heading()) + ":", 0, 0);
            for (Option option : shown) {
                entry(text, names(option), described(option));
            }
        }
        if (!commands.isEmpty()) {
            text.append("\nCommands:\n");
            for (String[] command : commands) {
                entry(text, command[0], command[1]);
            }
        }
        return text.toString();
    }

    /** The description with its default: "… parameter (default: 256)." */
    private static String described(Option option) {
        String description = option.description();
        if (option.defaultValue() == null) {
            return description;
        }
        boolean period = description.endsWith(".");
        return (period ? description.substring(0, description.length() - 1) : description)
                + " (default: " + option.defaultValue() + ")" + (period ? "." : "");
    }

    private static String names(Option option) {
        String names = String.join(", ", option.names());
        return option.label() == null ? names : names + "=" + option.label();
    }

    private static void entry(StringBuilder text, String left, String description) {
        text.append("  ").append(left);
        if (left.length() + 4 <= NAMES_WIDTH) {
            text.append(" ".repeat(NAMES_WIDTH - left.length() - 2));
            wrap(text, description, NAMES_WIDTH, NAMES_WIDTH);
        } else {
            text.append('\n');
            wrap(text, description, NAMES_WIDTH, 0);
        }
    }

    /** Appends the words of {@code paragraph} in lines of at most WIDTH, the first already at {@code column}. */
    private static void wrap(StringBuilder text, String paragraph, int indent, int column) {
        int at = column;
        boolean first = true;
        for (String word : paragraph.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!first && at + 1 + word.length() > WIDTH) {
                text.append('\n');
                at = 0;
                first = true;
            }
            if (at < indent) {
                text.append(" ".repeat(indent - at));
                at = indent;
            }
            if (!first) {
                text.append(' ');
                at++;
            }
            text.append(word);
            at += word.length();
            first = false;
        }
        text.append('\n');
    }
}
