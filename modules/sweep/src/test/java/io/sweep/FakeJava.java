package io.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A stand-in {@code java} for the launcher's tests, in a directory of its own (put it first on
 * PATH). For {@code -version} it prints a banner to stderr, as real java does; otherwise it
 * prints its arguments one a line and exits with a given status, having written the file named
 * by {@code -XX:ArchiveClassesAtExit} as JDK 17 would, or by {@code -XX:AOTConfiguration} as a
 * JDK 25 record run would; a check run ({@code -Xshare:on}) and a JDK 25 cache creation
 * ({@code -XX:AOTMode=create}, which writes the file named by {@code -XX:AOTCache}) exit with
 * their own status. Each call is logged as "-version", "run", "check" or "create".
 */
final class FakeJava {
    private FakeJava() {
    }

    static Path install(Path bin, String banner, int status, int checkStatus) throws Exception {
        Files.createDirectories(bin);
        Files.writeString(bin.resolve("banner"), banner + "\n");
        Path calls = bin.resolve("calls");
        String script = "#!/bin/sh\n"
                + "if [ \"$1\" = -version ]; then\n"
                + "  echo -version >>'" + calls + "'\n"
                + "  while IFS= read -r line; do printf '%s\\n' \"$line\"; done <'" + bin.resolve("banner") + "' >&2\n"
                + "  exit 0\n"
                + "fi\n"
                + "for a in \"$@\"; do case $a in -Xshare:on) echo check >>'" + calls + "'; exit " + checkStatus + ";; esac; done\n"
                + "for a in \"$@\"; do case $a in -XX:AOTMode=create) echo create >>'" + calls + "'\n"
                + "  for b in \"$@\"; do case $b in -XX:AOTCache=*) echo cache >\"${b#*=}\";; esac; done\n"
                + "  exit " + checkStatus + ";; esac; done\n"
                + "echo run >>'" + calls + "'\n"
                + "printf '%s\\n' \"$@\"\n"
                + "for a in \"$@\"; do case $a in -XX:ArchiveClassesAtExit=*) echo archive >\"${a#*=}\";;\n"
                + "  -XX:AOTConfiguration=*) echo record >\"${a#*=}\";; esac; done\n"
                + "exit " + status + "\n";
        Path java = bin.resolve("java");
        Files.writeString(java, script);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    /** The calls so far, in order. */
    static List<String> calls(Path bin) throws Exception {
        Path calls = bin.resolve("calls");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }
}
