package io.sweep.config.study;

/**
 * Numbers as they appear in task keys and collection names: the shortest text that reads back as
 * the same double, without a trailing ".0" and with a lower-case exponent (10, 0.02, 1e-05 is
 * written 1.0e-5 by Java: here 1e-5). Safe in file names; the same number always gives the same text.
 */
public final class Labels {
    private Labels() {
    }

    public static String of(double value) {
        String s = Double.toString(value == 0.0 ? 0.0 : value).replace('E', 'e');
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : s.substring(e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + exponent;
    }
}
