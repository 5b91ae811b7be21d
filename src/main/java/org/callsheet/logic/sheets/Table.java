package org.callsheet.logic.sheets;

import java.util.List;

/**
 * A table with a header row, repeated on every page the table continues on. {@code weights} are
 * the columns' shares of the width; every row has one cell per column (an empty string for none).
 */
public record Table(List<String> headers, List<Double> weights, List<List<String>> rows) implements Block {
    public Table {
        headers = List.copyOf(headers);
        weights = List.copyOf(weights);
        rows = rows.stream().map(List::copyOf).toList();
        if (weights.size() != headers.size()) {
            throw new IllegalArgumentException("one weight per column: " + weights.size() + " vs " + headers.size());
        }
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("row with " + row.size() + " cells in a table of "
                        + headers.size() + " columns");
            }
        }
    }
}
