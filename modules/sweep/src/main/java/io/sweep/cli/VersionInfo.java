package io.sweep.cli;

/** {@code sweep --version}: the version from the jar's manifest and the Java running it. */
public final class VersionInfo {
    private VersionInfo() {
    }

    /** Implementation-Version of the jar, or "dev" when run from classes. */
    public static String version() {
        String version = VersionInfo.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** The lines --version prints. */
    static String text() {
        return "sweep " + version() + "\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.vm.name") + ") at " + System.getProperty("java.home") + "\n";
    }
}
