package org.callsheet.logic.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Tallies an import as its rows go by: accepted and rejected rows, and the problems, of which
 * only the first {@code keep} are held so that a file full of errors cannot fill the memory.
 */
public final class ImportReport {
    private final int keep;
    private final List<CsvProblem> problems = new ArrayList<>();
    private long accepted;
    private long rejected;
    private long problemCount;

    public ImportReport(int keep) {
        this.keep = keep;
    }

    public void add(RowResult<?> result) {
        if (result.accepted()) {
            accepted++;
        } else {
            rejected++;
        }
        result.problems().forEach(this::add);
    }

    public void add(CsvProblem problem) {
        problemCount++;
        if (problems.size() < keep) {
            problems.add(problem);
        }
    }

    public long accepted() {
        return accepted;
    }

    public long rejected() {
        return rejected;
    }

    public long problemCount() {
        return problemCount;
    }

    public List<CsvProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** True when more problems happened than are kept. */
    public boolean truncated() {
        return problemCount > problems.size();
    }
}
