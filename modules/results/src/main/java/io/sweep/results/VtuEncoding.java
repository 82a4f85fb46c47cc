package io.sweep.results;

/** How a .vtu file stores its arrays ({@code --vtu-encoding}). */
public enum VtuEncoding {
    /** Appended raw binary after an {@code _} marker: smallest and fastest, the default. */
    RAW,
    /** Appended base64: binary data that keeps the file valid XML. */
    BASE64,
    /** Appended raw binary, each block zlib-compressed. */
    ZLIB,
    /** Inline ASCII numbers: human-readable, largest. */
    ASCII
}
