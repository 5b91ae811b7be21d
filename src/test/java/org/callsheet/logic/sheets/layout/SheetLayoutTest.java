package org.callsheet.logic.sheets.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.callsheet.logic.sheets.Block;
import org.callsheet.logic.sheets.Field;
import org.callsheet.logic.sheets.FieldGrid;
import org.callsheet.logic.sheets.Heading;
import org.callsheet.logic.sheets.Paragraph;
import org.callsheet.logic.sheets.Sheet;
import org.callsheet.logic.sheets.SheetFrame;
import org.callsheet.logic.sheets.Table;
import org.callsheet.logic.sheets.WritingLines;
import org.junit.jupiter.api.Test;

class SheetLayoutTest {
    private static final SheetFrame FRAME = new SheetFrame("Customer profile", "Printed 2026-03-02 by 张伟",
            "北京科技有限公司 (C001)", "Page {0} / {1}", "{0} (continued)");

    private static List<LaidOutPage> layOut(Paper paper, List<Block> blocks) {
        return new SheetLayout(paper, new MonospaceMetrics(), Locale.ENGLISH).layOut(new Sheet(FRAME, blocks), 0);
    }

    private static Table table(int rows) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            cells.add(List.of("2026-03-" + i, "call " + i));
        }
        return new Table(List.of("When", "Notes"), List.of(1.0, 3.0), cells);
    }

    @Test
    void aShortSheetIsOnePageWithHeaderAndFooter() {
        List<LaidOutPage> pages = layOut(Paper.A4, List.of(new Heading("北京科技有限公司", Heading.Level.SHEET),
                new FieldGrid(List.of(new Field("Owner", "张伟"), new Field("Status", "Big")), 2)));

        assertThat(pages).hasSize(1);
        LaidOutPage page = pages.getFirst();
        assertThat(page.number()).isEqualTo(1);
        assertThat(page.count()).isEqualTo(1);
        assertThat(page.texts()).contains("Customer profile", "Printed 2026-03-02 by 张伟", "Page 1 / 1",
                "北京科技有限公司", "Owner", "张伟", "Status", "Big");
        assertThat(page.texts()).noneMatch(t -> t.contains("continued"));
    }

    @Test
    void aLongTableContinuesOnNumberedPagesWithItsHeaderRepeated() {
        List<LaidOutPage> pages = layOut(Paper.A4, List.of(Heading.section("Latest calls"), table(120)));

        assertThat(pages.size()).isGreaterThan(1);
        for (LaidOutPage page : pages) {
            assertThat(page.count()).isEqualTo(pages.size());
            assertThat(page.texts()).contains("Page " + page.number() + " / " + pages.size(), "When", "Notes");
        }
        assertThat(pages.get(1).texts()).contains("北京科技有限公司 (C001) (continued)");
        List<String> all = pages.stream().flatMap(p -> p.texts().stream()).toList();
        for (int i = 1; i <= 120; i++) {
            assertThat(all).containsOnlyOnce("call " + i);
        }
    }

    @Test
    void everythingStaysInsideThePage() {
        for (Paper paper : Paper.values()) {
            for (LaidOutPage page : layOut(paper, List.of(table(200), new Paragraph("一二三 ".repeat(400))))) {
                for (PageItem item : page.items()) {
                    if (item instanceof PageItem.Text t) {
                        assertThat(t.baseline()).isBetween(0f, paper.height());
                        assertThat(t.x()).isBetween(0f, paper.width());
                    }
                }
            }
        }
    }

    @Test
    void letterIsShorterThanA4SoTheSameSheetTakesMorePages() {
        List<Block> blocks = List.of(table(600));

        List<LaidOutPage> a4 = layOut(Paper.A4, blocks);
        List<LaidOutPage> letter = layOut(Paper.LETTER, blocks);

        assertThat(letter.size()).isGreaterThan(a4.size());
        assertThat(letter.getFirst().texts().size()).isLessThan(a4.getFirst().texts().size());
        assertThat(a4.getFirst().paper()).isEqualTo(Paper.A4);
        assertThat(letter.getFirst().paper()).isEqualTo(Paper.LETTER);
    }

    @Test
    void aHeadingNeverEndsAPage() {
        // the most lines that fit on one page, less two: room for the heading alone, not for its table
        int lines = 1;
        while (layOut(Paper.A4, List.of(lines(lines + 1))).size() == 1) {
            lines++;
        }
        List<Block> blocks = List.of(lines(lines - 2), Heading.section("Key dates"), table(3));

        List<LaidOutPage> pages = layOut(Paper.A4, blocks);

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).texts()).doesNotContain("Key dates");
        assertThat(pages.get(1).texts()).contains("Key dates", "When", "call 1");
    }

    private static Paragraph lines(int count) {
        return new Paragraph(String.join("\n", Collections.nCopies(count, "line")));
    }

    @Test
    void blankFieldsAndWritingBlocksAreLinesToWriteOn() {
        List<LaidOutPage> pages = layOut(Paper.A4, List.of(new FieldGrid(List.of(new Field("Industry", "")), 2),
                new WritingLines(List.of("People met", "Next step"), 2)));

        LaidOutPage page = pages.getFirst();
        assertThat(page.texts()).contains("Industry", "People met", "Next step").doesNotContain("null");
        long rules = page.items().stream().filter(PageItem.Rule.class::isInstance).count();
        // header and footer rules, the blank field, two lines under each of two labels
        assertThat(rules).isEqualTo(2 + 1 + 4);
    }

    @Test
    void sheetsOfAPrintKeepTheirIndex() {
        SheetLayout layout = new SheetLayout(Paper.A4, new MonospaceMetrics(), Locale.ENGLISH);

        assertThat(layout.layOut(new Sheet(FRAME, List.of(table(2))), 7)).allMatch(p -> p.sheet() == 7);
    }

    @Test
    void aWritingBlockIsNeverSplitAcrossPages() {
        // the most lines that leave room for the heading and the block's first row, not for all four
        WritingLines firstRow = new WritingLines(List.of("Date"), 2, 1);
        int lines = 1;
        while (layOut(Paper.A4, List.of(lines(lines + 1), Heading.section("Visit"), firstRow)).size() == 1) {
            lines++;
        }
        WritingLines visit = new WritingLines(List.of("Date", "People met", "Needs", "Next step"), 2, 1);

        List<LaidOutPage> pages = layOut(Paper.A4, List.of(lines(lines), Heading.section("Visit"), visit));

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).texts()).doesNotContain("Visit", "Date", "Next step");
        assertThat(pages.get(1).texts()).contains("Visit", "Date", "People met", "Needs", "Next step");
    }
}
