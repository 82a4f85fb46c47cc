package io.sweep;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of bin/sweep share: the distributable unpacked once per test class, and a fresh
 * directory per test (for a stand-in java, tools, HOME), whose links are removed afterwards.
 */
abstract class InstalledLauncherTest {
    @TempDir
    static Path unpacked;

    static Installation installation;

    @TempDir
    Path dir;

    @BeforeAll
    static void unpack() throws Exception {
        installation = Installation.unpack(Installation.archive(), unpacked);
    }

    @AfterEach
    void removeLinks() throws Exception {
        Installation.removeLinks(dir);
    }
}
