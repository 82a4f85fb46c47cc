package io.sweep.workloads.map;

/** The seminar's map functions: {@code square(n)} and the starmap's {@code power(x, n)}. */
public final class MapKernel {
    private MapKernel() {
    }

    /** x^n exactly; the options check beforehand that it fits in a long. */
    public static long power(long x, int n) {
        long result = 1;
        for (int i = 0; i < n; i++) {
            result = Math.multiplyExact(result, x);
        }
        return result;
    }

    public static long square(long x) {
        return power(x, 2);
    }
}
