package io.sweep.results;

/**
 * One DataSet of a ParaView collection.
 *
 * @param timestep the value ParaView shows as time (here α)
 * @param file     path relative to the .pvd file, with '/' separators
 */
public record PvdEntry(double timestep, String file) {
}
