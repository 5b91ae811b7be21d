package org.callsheet.benchmark;

import java.io.PrintStream;
import java.util.Arrays;

/** Benchmark output: figures go to standard output next to their baselines. */
final class Report {
    private static final PrintStream OUT = System.out;

    private Report() {
    }

    static void line(String format, Object... args) {
        OUT.println("[bench] " + String.format(format, args));
        OUT.flush();
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
