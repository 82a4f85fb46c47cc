package io.sweep.results.draw;

/** A rectangle of pixels: its top-left pixel and its size. */
public record Box(int x, int y, int width, int height) {
}
