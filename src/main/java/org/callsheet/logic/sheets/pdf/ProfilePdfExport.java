package org.callsheet.logic.sheets.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.callsheet.logic.sheets.layout.LaidOutPage;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.sheets.profile.ProfileFacts;
import org.callsheet.logic.sheets.profile.ProfileOptions;
import org.callsheet.logic.sheets.profile.ProfileSheets;

/**
 * Writes the profile sheets of customers into one PDF, one sheet per customer in the order given.
 * Each sheet is read, laid out and drawn before the next, so a long print needs little memory.
 * The file appears only when the whole PDF is written; a cancelled print leaves it as it was.
 */
public final class ProfilePdfExport {
    private final ProfileSheets sheets;
    private final SheetFont font;

    public ProfilePdfExport(ProfileSheets sheets, SheetFont font) {
        this.sheets = sheets;
        this.font = font;
    }

    /**
     * Writes the sheets of {@code customerIds} (customers deleted meanwhile are skipped) to
     * {@code target}; empty when cancelled.
     */
    public Optional<PrintCount> write(List<Long> customerIds, ProfileOptions options, Paper paper, Path target,
                                      SheetProgress progress, BooleanSupplier cancelled) throws IOException {
        ProfileSheets.Run run = sheets.start(options, paper);
        String firstSubject = null;
        int count = 0;
        try (PdfSheetWriter writer = new PdfSheetWriter(font, new DocumentInfo("", "", "", options.locale()))) {
            for (int i = 0; i < customerIds.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    return Optional.empty();
                }
                Optional<ProfileFacts> facts = run.facts(customerIds.get(i));
                if (facts.isPresent()) {
                    if (firstSubject == null) {
                        firstSubject = run.subject(facts.get());
                    }
                    for (LaidOutPage page : run.pages(facts.get(), count)) {
                        writer.add(page);
                    }
                    count++;
                }
                progress.sheetDone(i + 1, customerIds.size());
            }
            if (cancelled.getAsBoolean()) {
                return Optional.empty();
            }
            writer.describe(info(run, options, count, firstSubject));
            writer.save(target);
            return Optional.of(new PrintCount(count, writer.pages()));
        }
    }

    /** Title, author and subject of a print of {@code count} sheets. */
    public static DocumentInfo info(ProfileSheets.Run run, ProfileOptions options, int count, String firstSubject) {
        String title = run.texts().text("sheets.title");
        String shownTitle = count == 1 && firstSubject != null ? title + " — " + firstSubject
                : run.texts().text("sheets.document.title");
        String subject = count == 1 && firstSubject != null ? firstSubject
                : run.texts().text("sheets.document.subject", count);
        return new DocumentInfo(shownTitle, options.repName(), subject, options.locale());
    }

    /** Writes pages laid out before (e.g. for the preview) into one PDF; empty when cancelled. */
    public Optional<PrintCount> write(List<LaidOutPage> pages, DocumentInfo info, Path target,
                                      SheetProgress progress, BooleanSupplier cancelled) throws IOException {
        try (PdfSheetWriter writer = new PdfSheetWriter(font, info)) {
            int sheetsSeen = 0;
            int lastSheet = -1;
            for (int i = 0; i < pages.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    return Optional.empty();
                }
                LaidOutPage page = pages.get(i);
                writer.add(page);
                if (page.sheet() != lastSheet) {
                    sheetsSeen++;
                    lastSheet = page.sheet();
                }
                progress.sheetDone(i + 1, pages.size());
            }
            writer.save(target);
            return Optional.of(new PrintCount(sheetsSeen, writer.pages()));
        }
    }
}
