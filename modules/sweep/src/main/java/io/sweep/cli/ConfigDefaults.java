package io.sweep.cli;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.Map;

/**
 * Defaults from a {@code --config} file: its keys are long option names without the dashes, and
 * what the command line gives overrides them.
 */
record ConfigDefaults(Map<String, String> values) implements IDefaultValueProvider {

    static String key(OptionSpec option) {
        return option.longestName().replaceFirst("^-+", "");
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            // Every long name is a key: --backend's alias --mode reads "mode = threads" too.
            for (String name : option.names()) {
                String value = values.get(name.replaceFirst("^-+", ""));
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }
}
