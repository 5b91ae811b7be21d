package org.callsheet.logic.classification.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the CDNOW files kept in the test resources ({@code data/cdnow}, see its README). */
final class CdnowData {

    /** One row of the published summary: ID, x, t_x, T, zbar. */
    record Row(int id, int x, double tx, double age, double zbar) {
    }

    private CdnowData() {
    }

    static Path folder() {
        try {
            return Path.of(CdnowData.class.getResource("/data/cdnow").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Row> summary() {
        try {
            List<String> lines = Files.readAllLines(folder().resolve("cdnow_customers_summary_with_transactions.csv"));
            List<String> header = List.of(lines.getFirst().strip().split(","));
            int id = header.indexOf("ID");
            int x = header.indexOf("x");
            int tx = header.indexOf("t_x");
            int age = header.indexOf("T");
            int zbar = header.indexOf("zbar");
            List<Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.strip().split(",");
                rows.add(new Row(Integer.parseInt(f[id]), Integer.parseInt(f[x]), Double.parseDouble(f[tx]),
                        Double.parseDouble(f[age]), Double.parseDouble(f[zbar])));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Raw purchase lines: sample id, date, amount. */
    static List<String[]> purchases() {
        try {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(folder().resolve("CDNOW_sample.txt"))) {
                if (!line.isBlank()) {
                    rows.add(line.strip().split("\\s+"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
