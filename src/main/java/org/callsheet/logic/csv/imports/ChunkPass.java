package org.callsheet.logic.csv.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.callsheet.logic.csv.CsvProblem;
import org.callsheet.logic.csv.CsvRow;
import org.callsheet.logic.csv.RowResult;

/**
 * The second pass of an import, fed a chunk of rows at a time in two steps: {@link #convert} reads
 * the cells and touches no database, so it may run a chunk or two ahead on a thread of its own
 * (always one thread, in file order); {@link #apply} matches, decides and writes, in the import's
 * transaction.
 *
 * @param <A> what a converted row carries to {@link #apply}
 */
interface ChunkPass<A> {

    /** Converts one chunk. */
    Converted<A> convert(List<CsvRow> rows);

    /** Decides and writes one converted chunk; returns the outcomes of all its rows, in row order. */
    List<RowOutcome> apply(Converted<A> chunk);

    /** A chunk's outcomes in row order, and the rows conversion accepted. */
    record Converted<A>(List<RowOutcome> outcomes, List<A> accepted) {
    }

    /** Makes what an accepted row carries to {@link #apply}. */
    interface Acceptance<I, A> {
        A accept(RowOutcome outcome, CsvRow row, I incoming);
    }

    /**
     * The usual {@link #convert}: each row converted, its value checked against the storage limits
     * (a problem rejects the row), and the rows left accepted.
     */
    static <I, A> Converted<A> convertEach(List<CsvRow> rows, Function<CsvRow, RowResult<I>> converter,
                                           BiFunction<Long, I, Optional<CsvProblem>> limits,
                                           Acceptance<I, A> acceptance) {
        List<RowOutcome> outcomes = new ArrayList<>(rows.size());
        List<A> accepted = new ArrayList<>(rows.size());
        for (CsvRow row : rows) {
            RowResult<I> result = converter.apply(row);
            RowOutcome outcome = new RowOutcome(row, result.problems(), !result.accepted());
            outcomes.add(outcome);
            result.value().flatMap(in -> limits.apply(row.row(), in)).ifPresent(outcome::reject);
            if (!outcome.rejected) {
                result.value().ifPresent(in -> accepted.add(acceptance.accept(outcome, row, in)));
            }
        }
        return new Converted<>(outcomes, accepted);
    }
}
