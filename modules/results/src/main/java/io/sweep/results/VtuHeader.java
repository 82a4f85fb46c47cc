package io.sweep.results;

import java.util.Map;

/**
 * The XML around a .vtu's arrays, built piece by piece and taken out as text between the binary
 * or ASCII parts. Numbers are written with {@link Double#toString(double)} and
 * {@link Long#toString(long)}: exact, and independent of the default locale.
 */
final class VtuHeader {
    private final boolean zlib;
    private final StringBuilder xml = new StringBuilder(2048);

    VtuHeader(boolean zlib) {
        this.zlib = zlib;
    }

    /** The text built since the last call. */
    String take() {
        String text = xml.toString();
        xml.setLength(0);
        return text;
    }

    void open(int points, int cells, Map<String, Double> fieldData) {
        xml.append("<?xml version=\"1.0\"?>\n")
                .append("<VTKFile type=\"UnstructuredGrid\" version=\"1.0\"")
                .append(" byte_order=\"LittleEndian\" header_type=\"UInt64\"");
        if (zlib) {
            xml.append(" compressor=\"vtkZLibDataCompressor\"");
        }
        xml.append(">\n  <UnstructuredGrid>\n");
        if (!fieldData.isEmpty()) {
            xml.append("    <FieldData>\n");
            fieldData.forEach((name, value) -> requireFinite(name, value));
            fieldData.forEach((name, value) -> xml.append("      <DataArray type=\"Float64\" Name=\"")
                    .append(Xml.escape(name))
                    .append("\" NumberOfTuples=\"1\" format=\"ascii\">")
                    .append(value.doubleValue())
                    .append("</DataArray>\n"));
            xml.append("    </FieldData>\n");
        }
        xml.append("    <Piece NumberOfPoints=\"").append(points)
                .append("\" NumberOfCells=\"").append(cells).append("\">\n");
    }

    void openSection(VtuArray.Section section) {
        xml.append("      <").append(element(section));
        if (section == VtuArray.Section.POINT_DATA) {
            xml.append(" Scalars=\"u\"");
        }
        xml.append(">\n");
    }

    void closeSection(VtuArray.Section section) {
        xml.append("      </").append(element(section)).append(">\n");
    }

    void appendedArray(VtuArray array, long offset) {
        arrayAttributes(array);
        xml.append(" format=\"appended\" offset=\"").append(offset).append("\"/>\n");
    }

    void inlineArray(VtuArray array) {
        arrayAttributes(array);
        xml.append(" format=\"ascii\">\n");
    }

    void closeInlineArray() {
        xml.append("        </DataArray>\n");
    }

    void closePiece() {
        xml.append("    </Piece>\n  </UnstructuredGrid>\n");
    }

    void openAppendedData(String encoding) {
        xml.append("  <AppendedData encoding=\"").append(encoding).append("\">\n   _");
    }

    void closeAppendedData() {
        xml.append("\n  </AppendedData>\n");
    }

    void closeFile() {
        xml.append("</VTKFile>\n");
    }

    private void arrayAttributes(VtuArray array) {
        xml.append("        <DataArray type=\"").append(array.type().xmlName)
                .append("\" Name=\"").append(array.name()).append('"');
        if (array.components() != 1) {
            xml.append(" NumberOfComponents=\"").append(array.components()).append('"');
        }
    }

    private static void requireFinite(String name, Double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("field data " + name + " = " + value
                    + " cannot be written: VTK reads field data as text and needs a finite number");
        }
    }

    private static String element(VtuArray.Section section) {
        return switch (section) {
            case POINT_DATA -> "PointData";
            case POINTS -> "Points";
            case CELLS -> "Cells";
        };
    }
}
