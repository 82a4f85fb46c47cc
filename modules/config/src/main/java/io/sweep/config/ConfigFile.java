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
 * default; so is a key given twice, as the command line refuses an option given twice. A UTF-8
 * byte order mark at the start (some Windows editors write one) is skipped.
 */
public final class ConfigFile {
    private static final int BYTE_ORDER_MARK = '\uFEFF';

    private ConfigFile() {
    }

    /** Properties that refuse a key given twice (load puts each entry as it reads it). */
    private static final class OnceEach extends Properties {
        private final transient Path file;

        OnceEach(Path file) {
            this.file = file;
        }

        @Override
        public synchronized Object put(Object key, Object value) {
            if (containsKey(key)) {
                throw new BadInputException("--config " + file + " gives '" + key
                        + "' more than once: give each key once");
            }
            return super.put(key, value);
        }
    }

    /** The file's keys and values, in no particular order, checked against {@code knownKeys}. */
    public static Map<String, String> load(Path file, Collection<String> knownKeys) {
        Properties properties = new OnceEach(file);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != BYTE_ORDER_MARK) {
                reader.reset();
            }
            properties.load(reader);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInputException("--config " + file + " does not exist: give a readable properties file");
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException("--config " + file + " cannot be read (" + e.getMessage()
                    + "): give a readable properties file of key = value lines");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            if (!knownKeys.contains(key)) {
                throw new BadInputException("--config " + file + ": unknown key '" + key
                        + "': use " + String.join(", ", new TreeSet<>(knownKeys)));
            }
            values.put(key, properties.getProperty(key).strip());
        }
        return values;
    }
}
