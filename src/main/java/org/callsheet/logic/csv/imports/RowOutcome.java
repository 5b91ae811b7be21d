package org.callsheet.logic.csv.imports;

import java.util.ArrayList;
import java.util.List;
import org.callsheet.logic.csv.CsvProblem;
import org.callsheet.logic.csv.CsvRow;

/** What became of one row of a chunk, told to the tally once the chunk is decided, in row order. */
final class RowOutcome {
    final CsvRow row;
    final List<CsvProblem> problems;
    boolean rejected;
    boolean skipped;
    ChangeKind kind;

    RowOutcome(CsvRow row, List<CsvProblem> problems, boolean rejected) {
        this.row = row;
        this.problems = new ArrayList<>(problems);
        this.rejected = rejected;
    }

    void reject(CsvProblem problem) {
        problems.add(problem);
        rejected = true;
    }

    void tellTo(ImportTally tally) {
        tally.rowRead();
        if (rejected) {
            tally.rejected(row, problems);
        } else {
            tally.accepted(problems, kind, skipped);
        }
    }
}
