package io.sweep.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code sweep --version}: the version from the jar's manifest and the Java running it. */
public final class VersionInfo implements IVersionProvider {

    /** Implementation-Version of the jar, or "dev" when run from classes. */
    public static String version() {
        String version = VersionInfo.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "sweep " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                    + System.getProperty("java.vm.name") + ") at " + System.getProperty("java.home")
        };
    }
}
