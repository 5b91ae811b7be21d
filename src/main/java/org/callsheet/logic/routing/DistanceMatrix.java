package org.callsheet.logic.routing;

import java.util.Arrays;
import java.util.List;

/** Travel costs between the points of a route, indexed 0..size-1; symmetric. */
public final class DistanceMatrix {
    private final int size;
    private final double[] cells;

    private DistanceMatrix(int size, double[] cells) {
        this.size = size;
        this.cells = cells;
    }

    /** A matrix from a square array; the array must be symmetric with a zero diagonal. */
    public static DistanceMatrix of(double[][] distances) {
        int n = distances.length;
        double[] cells = new double[n * n];
        for (int i = 0; i < n; i++) {
            if (distances[i].length != n) {
                throw new IllegalArgumentException("row " + i + " has " + distances[i].length + " cells, expected " + n);
            }
            for (int j = 0; j < n; j++) {
                double d = distances[i][j];
                if (!(d >= 0) || Double.isInfinite(d)) {
                    throw new IllegalArgumentException("distance " + i + "->" + j + " is " + d);
                }
                if (d != distances[j][i]) {
                    throw new IllegalArgumentException("distance " + i + "<->" + j + " is not symmetric");
                }
                cells[i * n + j] = d;
            }
        }
        return new DistanceMatrix(n, cells);
    }

    /** Great-circle km between points given as {latitude, longitude} in degrees. */
    public static DistanceMatrix greatCircleKm(List<double[]> latLon) {
        int n = latLon.size();
        double[] cells = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double[] a = latLon.get(i);
                double[] b = latLon.get(j);
                double d = GreatCircle.km(a[0], a[1], b[0], b[1]);
                cells[i * n + j] = d;
                cells[j * n + i] = d;
            }
        }
        return new DistanceMatrix(n, cells);
    }

    public int size() {
        return size;
    }

    public double get(int from, int to) {
        return cells[from * size + to];
    }

    /** The matrix restricted to the given points, in that order. */
    public DistanceMatrix subset(int[] points) {
        int m = points.length;
        double[] sub = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                sub[i * m + j] = get(points[i], points[j]);
            }
        }
        return new DistanceMatrix(m, sub);
    }

    /** The largest single distance. */
    double max() {
        return Arrays.stream(cells).max().orElse(0);
    }
}
