package org.callsheet.logic.classification.rules;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Nelder–Mead downhill simplex minimiser with restarts. Restarting from the best vertex with a
 * fresh simplex until the value stops improving guards against the simplex collapsing early on
 * the long, flat valleys that mixture likelihoods have. Non-finite objective values count as +∞.
 */
final class NelderMead {

    private static final double REFLECT = 1.0;
    private static final double EXPAND = 2.0;
    private static final double CONTRACT = 0.5;
    private static final double SHRINK = 0.5;

    private final double valueTolerance;
    private final int maxEvaluations;

    NelderMead(double valueTolerance, int maxEvaluations) {
        this.valueTolerance = valueTolerance;
        this.maxEvaluations = maxEvaluations;
    }

    /** Result of a minimisation: the best point and its value. */
    record Minimum(double[] point, double value, int evaluations) {
    }

    Minimum minimize(ToDoubleFunction<double[]> f, double[] start, double initialStep) {
        double[] best = start.clone();
        double bestValue = safe(f, best);
        int evaluations = 1;
        double step = initialStep;
        for (int restart = 0; restart < 50 && evaluations < maxEvaluations; restart++) {
            Minimum run = runOnce(f, best, step, maxEvaluations - evaluations);
            evaluations += run.evaluations();
            boolean improved = bestValue - run.value() > valueTolerance * (Math.abs(bestValue) + valueTolerance);
            if (run.value() < bestValue) {
                best = run.point();
                bestValue = run.value();
            }
            if (!improved && restart > 0) {
                break;
            }
            step = Math.max(initialStep * 0.1, 1e-3);
        }
        return new Minimum(best, bestValue, evaluations);
    }

    private Minimum runOnce(ToDoubleFunction<double[]> f, double[] start, double step, int budget) {
        int n = start.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = start.clone();
        values[0] = safe(f, simplex[0]);
        for (int i = 0; i < n; i++) {
            double[] vertex = start.clone();
            vertex[i] += step;
            simplex[i + 1] = vertex;
            values[i + 1] = safe(f, vertex);
        }
        int evaluations = n + 1;
        Integer[] order = new Integer[n + 1];
        while (evaluations < budget) {
            for (int i = 0; i <= n; i++) {
                order[i] = i;
            }
            final double[] v = values;
            Arrays.sort(order, (i, j) -> Double.compare(v[i], v[j]));
            double[][] sortedSimplex = new double[n + 1][];
            double[] sortedValues = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                sortedSimplex[i] = simplex[order[i]];
                sortedValues[i] = values[order[i]];
            }
            simplex = sortedSimplex;
            values = sortedValues;
            double spread = Math.abs(values[n] - values[0]);
            double size = simplexSize(simplex);
            if (spread <= valueTolerance * (Math.abs(values[0]) + valueTolerance) && size < 1e-7 || size < 1e-12) {
                break;
            }
            double[] centroid = new double[n];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < n; k++) {
                    centroid[k] += simplex[i][k] / n;
                }
            }
            double[] reflected = along(centroid, simplex[n], -REFLECT);
            double reflectedValue = safe(f, reflected);
            evaluations++;
            if (reflectedValue < values[0]) {
                double[] expanded = along(centroid, simplex[n], -EXPAND);
                double expandedValue = safe(f, expanded);
                evaluations++;
                if (expandedValue < reflectedValue) {
                    simplex[n] = expanded;
                    values[n] = expandedValue;
                } else {
                    simplex[n] = reflected;
                    values[n] = reflectedValue;
                }
            } else if (reflectedValue < values[n - 1]) {
                simplex[n] = reflected;
                values[n] = reflectedValue;
            } else {
                boolean outside = reflectedValue < values[n];
                double[] contracted = outside
                        ? along(centroid, simplex[n], -CONTRACT)
                        : along(centroid, simplex[n], CONTRACT);
                double contractedValue = safe(f, contracted);
                evaluations++;
                if (contractedValue < Math.min(reflectedValue, values[n])) {
                    simplex[n] = contracted;
                    values[n] = contractedValue;
                } else {
                    for (int i = 1; i <= n; i++) {
                        for (int k = 0; k < n; k++) {
                            simplex[i][k] = simplex[0][k] + SHRINK * (simplex[i][k] - simplex[0][k]);
                        }
                        values[i] = safe(f, simplex[i]);
                    }
                    evaluations += n;
                }
            }
        }
        int bestIndex = 0;
        for (int i = 1; i <= n; i++) {
            if (values[i] < values[bestIndex]) {
                bestIndex = i;
            }
        }
        return new Minimum(simplex[bestIndex].clone(), values[bestIndex], evaluations);
    }

    /** centroid + t · (vertex − centroid). */
    private static double[] along(double[] centroid, double[] vertex, double t) {
        double[] p = new double[centroid.length];
        for (int k = 0; k < p.length; k++) {
            p[k] = centroid[k] + t * (vertex[k] - centroid[k]);
        }
        return p;
    }

    private static double simplexSize(double[][] simplex) {
        double size = 0;
        for (int i = 1; i < simplex.length; i++) {
            for (int k = 0; k < simplex[0].length; k++) {
                size = Math.max(size, Math.abs(simplex[i][k] - simplex[0][k]));
            }
        }
        return size;
    }

    private static double safe(ToDoubleFunction<double[]> f, double[] p) {
        double value = f.applyAsDouble(p);
        return Double.isFinite(value) ? value : Double.POSITIVE_INFINITY;
    }
}
