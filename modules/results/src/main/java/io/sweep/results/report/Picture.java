package io.sweep.results.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * A PNG of the output directory, embedded in the page as a data URI so that the page alone shows it.
 *
 * @param path relative to the output directory (a link to the file itself)
 * @param png  the picture's bytes
 */
record Picture(String path, byte[] png) {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** The picture, or null when the file is not a PNG (a browser could not show it). */
    static Picture read(Path dir, String relative) throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(relative));
        if (bytes.length < SIGNATURE.length || !java.util.Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0,
                SIGNATURE.length)) {
            return null;
        }
        return new Picture(relative, bytes);
    }

    /**
     * {@code data:image/png;base64,...}: made of the base64 alphabet (A-Z, a-z, 0-9, +, /, =) after
     * a fixed prefix, so it needs no escaping in an attribute ({@link Html#image}).
     */
    String dataUri() {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    /** The file name without ".png": for a field picture, the key of its task. */
    String stem() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".png") ? name.substring(0, name.length() - 4) : name;
    }
}
