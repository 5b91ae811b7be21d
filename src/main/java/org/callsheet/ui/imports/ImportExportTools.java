package org.callsheet.ui.imports;

import java.util.Objects;
import org.callsheet.logic.csv.exports.ExportService;
import org.callsheet.logic.csv.imports.ImportService;

/** The services behind the Import/Export screen, built by the composition root. */
public record ImportExportTools(ImportService imports, ExportService exports) {
    public ImportExportTools {
        Objects.requireNonNull(imports, "imports");
        Objects.requireNonNull(exports, "exports");
    }
}
