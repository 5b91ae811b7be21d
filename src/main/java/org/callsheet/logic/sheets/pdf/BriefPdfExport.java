package org.callsheet.logic.sheets.pdf;

import java.io.IOException;
import java.nio.file.Path;
import org.callsheet.logic.sheets.brief.BriefPrint;
import org.callsheet.logic.sheets.layout.LaidOutPage;

/**
 * Writes a laid-out sales brief into a PDF: the shipped font embedded as a subset, real text, the
 * funnel chart as vector graphics; title, author (the rep) and subject set. The file appears only
 * when the whole PDF is written.
 */
public final class BriefPdfExport {
    private final SheetFont font;

    public BriefPdfExport(SheetFont font) {
        this.font = font;
    }

    /** Writes the brief to {@code target}; returns the number of pages. */
    public int write(BriefPrint print, String author, Path target) throws IOException {
        DocumentInfo info = new DocumentInfo(print.title() + " — " + print.subject(), author, print.subject(),
                print.locale());
        try (PdfSheetWriter writer = new PdfSheetWriter(font, info)) {
            for (LaidOutPage page : print.pages()) {
                writer.add(page);
            }
            writer.save(target);
            return writer.pages();
        }
    }
}
