package org.callsheet.logic.csv.imports;

import java.util.List;
import org.callsheet.logic.csv.CsvProblem;

/**
 * One problem of an import as the user sees it: the file row (0 for the whole file), the column
 * as named in the file ("" when none), the bundle key of the reason (in the {@code csv} bundle)
 * and its arguments, and whether it kept the row out.
 */
public record ImportProblem(long row, String column, String key, List<Object> args, boolean rejectsRow) {
    public ImportProblem {
        args = List.copyOf(args);
    }

    static ImportProblem of(CsvProblem problem) {
        return new ImportProblem(problem.row(), problem.column(), problem.code().key(), problem.args(),
                problem.rejectsRow());
    }
}
