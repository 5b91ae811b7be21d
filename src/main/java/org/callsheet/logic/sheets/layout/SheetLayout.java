package org.callsheet.logic.sheets.layout;

import static org.callsheet.logic.sheets.layout.Style.*;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.callsheet.logic.sheets.Block;
import org.callsheet.logic.sheets.Sheet;
import org.callsheet.logic.sheets.SheetFrame;

/**
 * Lays a sheet out on pages of one paper size: rows go down the page and move to a new page when
 * they do not fit; a heading stays with what follows it; a table repeats its header on each page
 * it continues on; every page gets the header and the footer with "page x / y" of its sheet.
 * Not thread-safe (one per thread).
 */
public final class SheetLayout {
    private final Paper paper;
    private final TextFitter fitter;
    private final Locale locale;
    private final float contentWidth;
    private final float top;
    private final float bottom;

    public SheetLayout(Paper paper, FontMetrics metrics, Locale locale) {
        this.paper = paper;
        this.locale = locale;
        this.fitter = new TextFitter(metrics, locale);
        this.contentWidth = paper.width() - 2 * MARGIN_SIDE;
        this.top = MARGIN_TOP + HEADER_HEIGHT;
        this.bottom = paper.height() - MARGIN_BOTTOM - FOOTER_HEIGHT;
    }

    public Paper paper() {
        return paper;
    }

    /** The sheet's pages; {@code sheetIndex} is its place in the print. */
    public List<LaidOutPage> layOut(Sheet sheet, int sheetIndex) {
        List<Slice> slices = slices(sheet);
        List<List<PageItem>> pages = new ArrayList<>();
        Cursor cursor = new Cursor(pages, sheet.frame());
        for (int i = 0; i < slices.size(); i++) {
            Slice slice = slices.get(i);
            float needed = slice.row().height();
            // a heading (or a table header) is never the last thing on a page
            for (int j = i; j + 1 < slices.size() && slices.get(j).row().keepWithNext(); j++) {
                needed += slices.get(j + 1).row().height();
            }
            if (!cursor.fits(needed)) {
                cursor.newPage();
                if (slice.header() != null && !slice.first()) {
                    cursor.put(slice.header());
                }
            }
            cursor.put(slice.row());
        }
        List<LaidOutPage> out = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            List<PageItem> items = new ArrayList<>(frame(sheet.frame(), p + 1, pages.size()));
            items.addAll(pages.get(p));
            out.add(new LaidOutPage(paper, sheetIndex, p + 1, pages.size(), items));
        }
        return out;
    }

    /** A row with the header its block repeats on a new page, and whether it opens its block. */
    private record Slice(Row row, Row header, boolean first) {
    }

    private List<Slice> slices(Sheet sheet) {
        BlockRows blockRows = new BlockRows(fitter, contentWidth);
        List<Slice> slices = new ArrayList<>();
        for (Block block : sheet.blocks()) {
            BlockRows.Rows rows = blockRows.of(block);
            for (int i = 0; i < rows.rows().size(); i++) {
                slices.add(new Slice(rows.rows().get(i), rows.repeatedHeader(), i == 0));
            }
        }
        return slices;
    }

    /** Where the next row goes. */
    private final class Cursor {
        private final List<List<PageItem>> pages;
        private final SheetFrame frame;
        private List<PageItem> page;
        private float y;
        private boolean empty;

        Cursor(List<List<PageItem>> pages, SheetFrame frame) {
            this.pages = pages;
            this.frame = frame;
            newPage();
        }

        /** Whether rows of this height fit; anything fits on an empty page (and runs past its foot when taller). */
        boolean fits(float height) {
            return empty || y + height <= bottom;
        }

        void newPage() {
            page = new ArrayList<>();
            pages.add(page);
            y = top;
            empty = true;
            if (pages.size() > 1) {
                String text = fitter.displayable(new MessageFormat(frame.continuedPattern(), locale)
                        .format(new Object[] {frame.subject()}));
                page.add(new PageItem.Text(MARGIN_SIDE, y + fitter.metrics().ascent() * LABEL, LABEL, false,
                        LABEL_GRAY, text));
                y += LABEL * LEADING + 2;
            }
        }

        void put(Row row) {
            for (PageItem item : row.items()) {
                page.add(item.moved(MARGIN_SIDE, y));
            }
            y += row.height();
            empty = false;
        }
    }

    private List<PageItem> frame(SheetFrame frame, int number, int count) {
        List<PageItem> items = new ArrayList<>();
        float ascent = fitter.metrics().ascent();
        float right = paper.width() - MARGIN_SIDE;
        float titleBase = MARGIN_TOP + ascent * TITLE;
        String printed = fitter.displayable(frame.printed());
        float printedWidth = fitter.width(printed, SMALL);
        float titleRoom = contentWidth - printedWidth - COLUMN_GAP;
        String title = fitter.displayable(frame.title());
        if (fitter.width(title, TITLE) > titleRoom) {
            title = fitter.ellipsized(title, TITLE, titleRoom);
        }
        items.add(new PageItem.Text(MARGIN_SIDE, titleBase, TITLE, true, 0, title));
        items.add(new PageItem.Text(right - printedWidth, titleBase, SMALL, false, LABEL_GRAY, printed));
        float ruleY = MARGIN_TOP + TITLE * LEADING + 2;
        items.add(new PageItem.Rule(MARGIN_SIDE, ruleY, right, ruleY, 0.8f, 0));

        float footerRule = paper.height() - MARGIN_BOTTOM - FOOTER_HEIGHT + 6;
        items.add(new PageItem.Rule(MARGIN_SIDE, footerRule, right, footerRule, 0.4f, RULE_GRAY));
        float footerBase = footerRule + 4 + ascent * SMALL;
        String pageText = fitter.displayable(new MessageFormat(frame.pageNumberPattern(), locale)
                .format(new Object[] {number, count}));
        float pageWidth = fitter.width(pageText, SMALL);
        String subject = fitter.displayable(frame.subject());
        float subjectRoom = contentWidth - pageWidth - COLUMN_GAP;
        if (fitter.width(subject, SMALL) > subjectRoom) {
            subject = fitter.ellipsized(subject, SMALL, subjectRoom);
        }
        items.add(new PageItem.Text(MARGIN_SIDE, footerBase, SMALL, false, LABEL_GRAY, subject));
        items.add(new PageItem.Text(right - pageWidth, footerBase, SMALL, false, LABEL_GRAY, pageText));
        return items;
    }
}
