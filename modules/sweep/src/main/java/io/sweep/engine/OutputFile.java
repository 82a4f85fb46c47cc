package io.sweep.engine;

/**
 * A file a task wrote, as recorded in its result: resume and the manifest check it by size and
 * checksum before they trust it.
 *
 * @param path   relative to the sweep's output directory, with '/' separators
 * @param bytes  its size
 * @param sha256 lower-case hex SHA-256 of its content
 */
public record OutputFile(String path, long bytes, String sha256) {
}
