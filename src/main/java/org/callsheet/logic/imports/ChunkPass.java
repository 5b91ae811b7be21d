package org.callsheet.logic.imports;

import java.util.List;
import org.callsheet.logic.csv.CsvRow;

/** The second pass of an import, fed a chunk of rows at a time. */
interface ChunkPass {

    /** Decides and writes one chunk; returns the outcomes in row order. */
    List<RowOutcome> process(List<CsvRow> rows);
}
