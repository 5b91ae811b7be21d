package org.callsheet.logic.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A TSPLIB EUC_2D instance from the test resources, with its optimal length. */
record TsplibInstance(String name, double[][] coordinates, int optimum) {
    static final List<String> NAMES = List.of("eil51", "berlin52", "st70", "eil76", "pr76", "rat99", "kroA100",
            "rd100", "eil101", "lin105", "ch130", "ch150");

    static TsplibInstance load(String name) {
        List<double[]> points = new ArrayList<>();
        boolean inCoordinates = false;
        for (String line : read(name + ".tsp").split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("NODE_COORD_SECTION")) {
                inCoordinates = true;
            } else if (trimmed.equals("EOF") || trimmed.isEmpty()) {
                inCoordinates = false;
            } else if (inCoordinates) {
                String[] parts = trimmed.split("\\s+");
                points.add(new double[] {Double.parseDouble(parts[1]), Double.parseDouble(parts[2])});
            }
        }
        return new TsplibInstance(name, points.toArray(double[][]::new), optima().get(name));
    }

    /** EUC_2D: the Euclidean distance rounded to the nearest integer. */
    DistanceMatrix matrix() {
        int n = coordinates.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dx = coordinates[i][0] - coordinates[j][0];
                double dy = coordinates[i][1] - coordinates[j][1];
                d[i][j] = Math.floor(Math.sqrt(dx * dx + dy * dy) + 0.5);
            }
        }
        return DistanceMatrix.of(d);
    }

    int size() {
        return coordinates.length;
    }

    private static Map<String, Integer> optima() {
        Map<String, Integer> optima = new TreeMap<>();
        for (String line : read("bestSolutions.txt").split("\\R")) {
            String[] parts = line.split(":");
            if (parts.length == 2) {
                optima.put(parts[0].trim(), Integer.parseInt(parts[1].trim()));
            }
        }
        return optima;
    }

    private static String read(String file) {
        try (InputStream in = TsplibInstance.class.getResourceAsStream("/tsplib/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource tsplib/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
