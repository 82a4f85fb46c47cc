package io.sweep.solver;

import java.util.Arrays;

/**
 * A square or rectangular sparse matrix in compressed sparse row form: plain arrays, columns
 * sorted within each row, so that the hot loops (products, Gauss-Seidel sweeps) read memory in
 * order and never box.
 *
 * @param rows     number of rows
 * @param cols     number of columns
 * @param rowStart entries of row i are at rowStart[i] .. rowStart[i+1]-1
 * @param columns  column of each entry
 * @param values   value of each entry
 */
public record CsrMatrix(int rows, int cols, int[] rowStart, int[] columns, double[] values)
        implements LinearOperator {

    /** Stored entries (including explicit zeros). */
    public int nonZeros() {
        return rowStart[rows];
    }

    /** Entry (i, j), zero when it is not stored. */
    public double get(int i, int j) {
        int k = find(i, j);
        return k < 0 ? 0.0 : values[k];
    }

    /** Position of entry (i, j) in {@link #values()}, or -1 when it is not stored. */
    public int find(int i, int j) {
        int k = Arrays.binarySearch(columns, rowStart[i], rowStart[i + 1], j);
        return k < 0 ? -1 : k;
    }

    /** y = A x. */
    @Override
    public void multiply(double[] x, double[] y) {
        for (int i = 0; i < rows; i++) {
            double s = 0.0;
            for (int k = rowStart[i], end = rowStart[i + 1]; k < end; k++) {
                s += values[k] * x[columns[k]];
            }
            y[i] = s;
        }
    }

    /** r = b - A x. */
    public void residual(double[] b, double[] x, double[] r) {
        for (int i = 0; i < rows; i++) {
            double s = b[i];
            for (int k = rowStart[i], end = rowStart[i + 1]; k < end; k++) {
                s -= values[k] * x[columns[k]];
            }
            r[i] = s;
        }
    }

    /** y += Aᵀ x, without forming the transpose. */
    public void multiplyTransposedAdd(double[] x, double[] y) {
        for (int i = 0; i < rows; i++) {
            double xi = x[i];
            for (int k = rowStart[i], end = rowStart[i + 1]; k < end; k++) {
                y[columns[k]] += values[k] * xi;
            }
        }
    }

    /** y += A x. */
    public void multiplyAdd(double[] x, double[] y) {
        for (int i = 0; i < rows; i++) {
            double s = 0.0;
            for (int k = rowStart[i], end = rowStart[i + 1]; k < end; k++) {
                s += values[k] * x[columns[k]];
            }
            y[i] += s;
        }
    }

    /** The diagonal entries (zero where none is stored). */
    public double[] diagonal() {
        double[] d = new double[rows];
        for (int i = 0; i < rows; i++) {
            d[i] = get(i, i);
        }
        return d;
    }

    /** Aᵀ as a new CSR matrix. */
    public CsrMatrix transpose() {
        int[] start = new int[cols + 1];
        for (int k = 0; k < nonZeros(); k++) {
            start[columns[k] + 1]++;
        }
        for (int j = 0; j < cols; j++) {
            start[j + 1] += start[j];
        }
        int[] next = Arrays.copyOf(start, cols);
        int[] tc = new int[nonZeros()];
        double[] tv = new double[nonZeros()];
        for (int i = 0; i < rows; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                int p = next[columns[k]]++;
                tc[p] = i;
                tv[p] = values[k];
            }
        }
        return new CsrMatrix(cols, rows, start, tc, tv);
    }
}
