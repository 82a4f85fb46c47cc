package io.sweep.results;

import java.io.IOException;

/**
 * One DataArray of a .vtu piece: its XML attributes and how to write its values in binary or as
 * text. The writer lays arrays out; each array only knows its own values.
 *
 * @param section    where the array sits in the Piece
 * @param name       the {@code Name} attribute
 * @param type       the VTK scalar type
 * @param components values per tuple
 * @param count      number of values (tuples times components)
 * @param binary     writes the values little-endian
 * @param ascii      writes the values as text, one tuple per line
 */
record VtuArray(Section section, String name, Type type, int components, int count,
                BinaryValues binary, AsciiValues ascii) {

    /** The element of the Piece that holds the array. */
    enum Section { POINT_DATA, POINTS, CELLS }

    /** The VTK scalar types used here, with their XML names and sizes. */
    enum Type {
        FLOAT64("Float64", 8), INT32("Int32", 4), UINT8("UInt8", 1);

        final String xmlName;
        final int bytes;

        Type(String xmlName, int bytes) {
            this.xmlName = xmlName;
            this.bytes = bytes;
        }
    }

    @FunctionalInterface
    interface BinaryValues {
        void writeTo(LittleEndianSink sink) throws IOException;
    }

    @FunctionalInterface
    interface AsciiValues {
        void writeTo(AsciiSink sink) throws IOException;
    }

    /** Size of the values in bytes, without any header. */
    long byteCount() {
        return (long) count * type.bytes;
    }
}
