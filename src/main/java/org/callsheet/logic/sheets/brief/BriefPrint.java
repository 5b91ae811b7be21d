package org.callsheet.logic.sheets.brief;

import java.util.List;
import java.util.Locale;
import org.callsheet.logic.sheets.layout.LaidOutPage;

/** A sales brief laid out on pages, with the title and subject its PDF carries and its language. */
public record BriefPrint(List<LaidOutPage> pages, String title, String subject, Locale locale) {
    public BriefPrint {
        pages = List.copyOf(pages);
    }
}
