package io.sweep.engine;

/**
 * A file a task wrote, as recorded in its result: resume and the manifest check it by size and
 * checksum before they trust it.
 *
 * @param path   relative to the sweep's output directory, with '/' separators
 * @param bytes  its size
 * @param crc32c its CRC32C, 8 lower-case hex digits ({@link io.sweep.results.FileSum})
 */
public record OutputFile(String path, long bytes, String crc32c) {
}
