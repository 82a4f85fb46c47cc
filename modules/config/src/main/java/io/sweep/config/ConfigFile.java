package io.sweep.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * A {@code --config FILE}: Java properties whose keys are the command's long option names
 * without the dashes ({@code alphas = 0.1,1,10}, {@code procs = 4}, {@code quiet = true}).
 * A key the command does not know is an error, so a typo does not silently fall back to the
 * default. A known key {@code K.*} stands for a family of keys {@code K.NAME} (NAME a letter or
 * underscore, then letters, digits, underscores), such as {@code param.w = log:0.005:0.08:16}.
 */
public final class ConfigFile {
    private ConfigFile() {
    }

    /** The file's keys and values, in the file's order, checked against {@code knownKeys}. */
    public static Map<String, String> load(Path file, Collection<String> knownKeys) {
        Map<String, String> inOrder = new LinkedHashMap<>();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                inOrder.put((String) key, (String) value);
                return super.put(key, value);
            }
        };
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInputException("--config " + file + " does not exist: give a readable properties file");
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException("--config " + file + " cannot be read (" + e.getMessage()
                    + "): give a readable properties file of key = value lines");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : inOrder.keySet()) {
            if (!knownKeys.contains(key) && !inFamily(key, knownKeys)) {
                throw new BadInputException("--config " + file + ": unknown key '" + key
                        + "': use " + String.join(", ", new TreeSet<>(knownKeys)));
            }
            values.put(key, properties.getProperty(key).strip());
        }
        return values;
    }

    private static boolean inFamily(String key, Collection<String> knownKeys) {
        int dot = key.indexOf('.');
        return dot > 0 && knownKeys.contains(key.substring(0, dot) + ".*")
                && key.substring(dot + 1).matches("[A-Za-z_][A-Za-z0-9_]*");
    }
}
