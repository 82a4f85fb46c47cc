package io.sweep.results.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * A PNG of the output directory, embedded in the page as a data URI so that the page alone shows it.
 *
 * @param path    relative to the output directory (a link to the file itself)
 * @param dataUri the picture's bytes as {@code data:image/png;base64,...}
 */
record Picture(String path, String dataUri) {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** The picture, or null when the file is not a PNG (a browser could not show it). */
    static Picture read(Path dir, String relative) throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(relative));
        if (bytes.length < SIGNATURE.length || !java.util.Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0,
                SIGNATURE.length)) {
            return null;
        }
        return new Picture(relative, "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes));
    }

    /** The file name without ".png": for a field picture, the key of its task. */
    String stem() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".png") ? name.substring(0, name.length() - 4) : name;
    }
}
