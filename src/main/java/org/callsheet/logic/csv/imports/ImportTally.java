package org.callsheet.logic.csv.imports;

import java.util.ArrayList;
import java.util.List;
import org.callsheet.logic.csv.CsvProblem;
import org.callsheet.logic.csv.CsvRow;
import org.callsheet.logic.csv.ErrorCsvWriter;

/** Counts rows by what became of them, keeps the first problems, and writes rejected rows out. */
final class ImportTally {
    private final int keep;
    private final ErrorCsvWriter errors;
    private final List<ImportProblem> problems = new ArrayList<>();
    private long problemCount;
    private long read;
    private long inserted;
    private long updated;
    private long merged;
    private long unchanged;
    private long skipped;
    private long rejected;

    /** @param errors where rejected rows go; null when the user asked for no error file */
    ImportTally(int keep, ErrorCsvWriter errors) {
        this.keep = keep;
        this.errors = errors;
    }

    void problem(CsvProblem problem) {
        problemCount++;
        if (problems.size() < keep) {
            problems.add(ImportProblem.of(problem));
        }
    }

    void rowRead() {
        read++;
    }

    void rejected(CsvRow row, List<CsvProblem> rowProblems) {
        rejected++;
        rowProblems.forEach(this::problem);
        if (errors != null) {
            errors.write(row, rowProblems);
        }
    }

    void accepted(List<CsvProblem> warnings, ChangeKind kindOrNull, boolean skippedRow) {
        warnings.forEach(this::problem);
        if (skippedRow) {
            skipped++;
        } else if (kindOrNull == null) {
            unchanged++;
        } else {
            switch (kindOrNull) {
                case INSERTED -> inserted++;
                case UPDATED -> updated++;
                case MERGED -> merged++;
            }
        }
    }

    long read() {
        return read;
    }

    ImportCounts counts() {
        return new ImportCounts(read, inserted, updated, merged, unchanged, skipped, rejected);
    }

    List<ImportProblem> problems() {
        return problems;
    }

    long problemCount() {
        return problemCount;
    }
}
