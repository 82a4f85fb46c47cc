package io.sweep.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Where a run came from, for manifest.json's header ({@code provenance}) and report.html: the
 * command line as a shell would take it back, the git commit the tool was built from (stamped
 * into the jar at build time; absent when it was not built from a checkout), the user and the
 * working directory.
 */
public record Provenance(String commandLine, String gitCommit, String user, String workingDirectory) {
    /** Written by the build (modules/sweep/pom.xml) into the jar. */
    static final String BUILD_PROPERTIES = "/io/sweep/engine/sweep-build.properties";

    /** This process's provenance; {@code arguments} are the command's, after the program name. */
    public static Provenance of(List<String> arguments) {
        String line = "sweep" + arguments.stream().map(a -> " " + shellWord(a)).collect(Collectors.joining());
        return new Provenance(line, builtFrom(), System.getProperty("user.name"), System.getProperty("user.dir"));
    }

    /** The commit in the jar's build properties, or null when the build knew none. */
    static String builtFrom() {
        try (InputStream in = Provenance.class.getResourceAsStream(BUILD_PROPERTIES)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            String commit = properties.getProperty("git.commit", "").strip();
            return commit.isEmpty() ? null : commit;
        } catch (IOException e) {
            return null;
        }
    }

    /** One argument as a POSIX shell word: as it is when it is plain, else single-quoted. */
    static String shellWord(String argument) {
        return !argument.isEmpty() && argument.matches("[A-Za-z0-9_./:=,+@%^-]+") ? argument
                : "'" + argument.replace("'", "'\\''") + "'";
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command_line", commandLine);
        json.put("git_commit", gitCommit);
        json.put("user", user);
        json.put("working_directory", workingDirectory);
        return json;
    }
}
