package io.sweep.cli;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.Map;

/**
 * Defaults from a {@code --config} file: its keys are long option names without the dashes, and
 * what the command line gives overrides them. An option that takes NAME=VALUE items split at
 * ';' ({@code --param}) also takes keys {@code param.NAME = VALUE}, in the file's order.
 */
record ConfigDefaults(Map<String, String> values) implements IDefaultValueProvider {

    static String key(OptionSpec option) {
        return option.longestName().replaceFirst("^-+", "");
    }

    /** Whether an option takes a family of keys {@code key.NAME}. */
    static boolean takesFamily(OptionSpec option) {
        return ";".equals(option.splitRegex());
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option)) {
            return null;
        }
        String value = values.get(key(option));
        if (value != null || !takesFamily(option)) {
            return value;
        }
        StringBuilder items = new StringBuilder();
        String prefix = key(option) + ".";
        values.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                items.append(items.length() == 0 ? "" : ";").append(k.substring(prefix.length())).append('=').append(v);
            }
        });
        return items.length() == 0 ? null : items.toString();
    }
}
