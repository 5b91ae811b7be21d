package org.callsheet.logic.csv;

/** The file cannot be imported at all; {@link #problem()} says why, in words the user understands. */
public final class UnreadableCsvException extends RuntimeException {
    private final transient CsvProblem problem;

    public UnreadableCsvException(CsvProblem problem) {
        super(problem.code() + " at row " + problem.row() + " " + problem.args());
        this.problem = problem;
    }

    public UnreadableCsvException(CsvProblem problem, Throwable cause) {
        this(problem);
        initCause(cause);
    }

    public CsvProblem problem() {
        return problem;
    }
}
