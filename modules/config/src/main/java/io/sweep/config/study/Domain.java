package io.sweep.config.study;

import io.sweep.config.BadInputException;
import io.sweep.config.Numbers;

/** The rectangle [x0,x1]x[y0,y1] ({@code --domain X0,Y0,X1,Y1}), never degenerate. */
public record Domain(double x0, double y0, double x1, double y1) {
    public static final Domain UNIT_SQUARE = new Domain(0, 0, 1, 1);
    private static final String ACCEPTED = "use X0,Y0,X1,Y1 with X0 < X1 and Y0 < Y1, e.g. 0,0,2,1";

    public Domain {
        if (!(x1 > x0) || !(y1 > y0) || !Double.isFinite(x1 - x0) || !Double.isFinite(y1 - y0)) {
            throw new BadInputException("--domain " + x0 + "," + y0 + "," + x1 + "," + y1
                    + " is degenerate: " + ACCEPTED);
        }
    }

    public static Domain parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",", -1);
        if (parts.length != 4) {
            throw new BadInputException("--domain '" + text + "' is not four numbers: " + ACCEPTED);
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            v[i] = Numbers.finite(parts[i], "--domain " + "X0 Y0 X1 Y1".split(" ")[i]);
        }
        return new Domain(v[0], v[1], v[2], v[3]);
    }

    public String label() {
        return Labels.of(x0) + "," + Labels.of(y0) + "," + Labels.of(x1) + "," + Labels.of(y1);
    }
}
