package org.callsheet.logic.csv;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the rejected rows of an import back out, cells as they were, with the reasons in one
 * more column at the end, so the user can fix them in a spreadsheet and import this file again
 * (the reason column is then simply not imported).
 */
public final class ErrorCsvWriter implements AutoCloseable {
    private final CsvOutput output;
    private final CsvMessages messages;
    private final int width;
    private long written;

    public ErrorCsvWriter(OutputStream out, List<String> header, CsvMessages messages, ExportOptions options) {
        this.output = new CsvOutput(out, options);
        this.messages = messages;
        this.width = header.size();
        List<String> first = new ArrayList<>(header);
        first.add(messages.text("csv.error.column"));
        output.write(first);
    }

    /** Writes the row with the reasons of the given problems (those of other rows are ignored). */
    public void write(CsvRow row, List<CsvProblem> problems) {
        List<String> cells = new ArrayList<>(width + 1);
        for (int i = 0; i < width; i++) {
            cells.add(row.cell(i));
        }
        String reasons = problems.stream()
                .filter(p -> p.row() == row.row())
                .map(this::reason)
                .collect(Collectors.joining("; "));
        cells.add(reasons);
        // Cells beyond the header go after the reason, which stays under its own heading.
        cells.addAll(row.cells().subList(Math.min(width, row.size()), row.size()));
        output.write(cells);
        written++;
    }

    private String reason(CsvProblem problem) {
        String reason = messages.reason(problem);
        return problem.column().isEmpty() ? reason : problem.column() + ": " + reason;
    }

    public long written() {
        return written;
    }

    @Override
    public void close() {
        output.close();
    }
}
