package org.callsheet.ui.sheets;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.callsheet.logic.sheets.layout.LaidOutPage;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.sheets.pdf.DocumentInfo;
import org.callsheet.logic.sheets.profile.ProfileOptions;

/**
 * Pages the preview shows instead of a list of profile sheets, e.g. the day sheet with the
 * profile sheets of the day's customers behind it. Called off the UI thread.
 */
public interface PageSource {

    /** The pages laid out with these choices; empty when cancelled. */
    Optional<List<LaidOutPage>> pages(ProfileOptions options, Paper paper, BooleanSupplier cancelled);

    /** Title, author and subject of the PDF. */
    DocumentInfo info(ProfileOptions options);

    /** How many sheets the print holds, for the preview's title. */
    int sheets();
}
