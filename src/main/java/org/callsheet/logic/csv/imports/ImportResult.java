package org.callsheet.logic.csv.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.callsheet.logic.csv.DateColumnReport;
import org.callsheet.logic.csv.HeaderMapping;

/**
 * What an import did, or would do in a dry run. A refused import wrote nothing; its problems say
 * why (an unreadable file, a required column nobody feeds, a date column the user must decide).
 *
 * @param problems     the first problems, in row order (at most {@link ImportService#PROBLEMS_KEPT})
 * @param problemCount all problems, including those not kept
 * @param mapping      the mapping the rows were read with, once known
 * @param dateReports  what each date column looked like, once scanned
 * @param batchId      the recorded batch, for undo; empty unless imported
 */
public record ImportResult(Outcome outcome, String entityId, ImportCounts counts, List<ImportProblem> problems,
                           long problemCount, Optional<HeaderMapping> mapping,
                           Map<String, DateColumnReport> dateReports, OptionalLong batchId, Optional<Path> errorFile) {

    public enum Outcome { IMPORTED, DRY_RUN, REFUSED }

    public ImportResult {
        problems = List.copyOf(problems);
        dateReports = Map.copyOf(dateReports);
    }

    public boolean imported() {
        return outcome == Outcome.IMPORTED;
    }
}
