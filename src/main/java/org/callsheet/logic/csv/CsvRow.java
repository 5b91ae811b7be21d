package org.callsheet.logic.csv;

import java.util.List;

/**
 * One record of a file with the physical line it starts on (the header is line 1, unless blank
 * lines come before it). A record with a quoted line break spans several lines; the next record's
 * number then jumps accordingly, so the number is always the line a text editor shows.
 */
public record CsvRow(long row, List<String> cells) {
    public CsvRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a column index, "" when the row is shorter than that. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    public int size() {
        return cells.size();
    }

    boolean isBlank() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
