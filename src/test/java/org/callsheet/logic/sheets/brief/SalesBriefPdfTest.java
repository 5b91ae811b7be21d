package org.callsheet.logic.sheets.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.callsheet.logic.funnel.FunnelFigures;
import org.callsheet.logic.funnel.StageFigures;
import org.callsheet.logic.sheets.layout.PageItem;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.sheets.pdf.BriefPdfExport;
import org.callsheet.logic.sheets.pdf.SheetFont;
import org.callsheet.model.FollowUpKind;
import org.callsheet.model.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sales brief's content on hand-made facts, read back from the PDF with PDFBox's text
 * extraction (what pdftotext does): key figures, the stage table with conversions and days, the
 * stale mark of an open opportunity, the overdue follow-ups beyond those listed, the chart drawn on
 * the first page, the shipped font embedded as a subset, and the document's title and subject.
 */
class SalesBriefPdfTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final BriefRequest REQUEST = new BriefRequest(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 23),
            "李娜");

    @TempDir
    Path folder;

    private static BriefFacts facts() {
        long[] reached = {10, 8, 4, 3, 2, 2, 1};
        List<StageFigures> stages = new ArrayList<>();
        Stage[] all = Stage.values();
        for (int i = 0; i < all.length; i++) {
            BigDecimal conversion = i + 1 < all.length ? BigDecimal.valueOf(reached[i + 1])
                    .divide(BigDecimal.valueOf(reached[i]), 4, java.math.RoundingMode.HALF_UP) : null;
            stages.add(new StageFigures(all[i], reached[i], BigDecimal.valueOf(reached[i] * 1000), conversion,
                    i < 6 ? new BigDecimal("2.50") : null, i == 2 ? 1 : 0,
                    i == 2 ? new BigDecimal("4000") : BigDecimal.ZERO,
                    i == 2 ? new BigDecimal("1600") : BigDecimal.ZERO));
        }
        FunnelFigures funnel = new FunnelFigures(stages, 10, new BigDecimal("0.1"), 1, new BigDecimal("4000"),
                new BigDecimal("1600"), 1, new BigDecimal("1000"), 6, new BigDecimal("0.1429"), Map.of("price", 6L));
        List<BriefFacts.OverdueFollowUp> overdue = List.of(
                new BriefFacts.OverdueFollowUp("北京科技有限公司", FollowUpKind.CALL, Instant.parse("2026-11-20T01:30:00Z"),
                        "报价后回访"),
                new BriefFacts.OverdueFollowUp("上海贸易公司", FollowUpKind.VISIT, Instant.parse("2026-11-21T02:00:00Z"), ""));
        return new BriefFacts(REQUEST, LocalDate.of(2026, 11, 23), funnel, new BriefFacts.Activity(40, 18, 6, 5), 2,
                new BigDecimal("88000.50"),
                List.of(new BriefFacts.OpenOpportunity("北京科技有限公司", "年度耗材", "李娜", Stage.QUOTE,
                        new BigDecimal("4000"), 40, LocalDate.of(2026, 12, 31), 30, true)),
                overdue, 5);
    }

    private static SalesBriefs briefs() {
        return new SalesBriefs(request -> facts(), SheetFont.shipped().metrics(), CLOCK);
    }

    private static String write(BriefPrint print, Path target) throws Exception {
        assertThat(new BriefPdfExport(SheetFont.shipped()).write(print, "李娜", target)).isEqualTo(print.pages().size());
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void theBriefSaysTheFiguresTheStagesTheOpenOpportunitiesAndTheOverdueFollowUps() throws Exception {
        SalesBriefs briefs = briefs();
        BriefPrint print = briefs.layOut(briefs.facts(REQUEST), Locale.ENGLISH, "李娜", Paper.A4);

        String text = write(print, folder.resolve("brief.pdf"));

        assertThat(text).contains("Sales brief: 李娜", "Printed Nov 23, 2026 16:00 by 李娜")
                .contains("Calls made 40 Connected 18 (45.0%)")
                .contains("Visits planned 6 Visits done 5")
                .contains("New opportunities 10 (10,000.00) Won in the period 2 (88,000.50)")
                .contains("Win rate (won / closed) 14.3%")
                .contains("Open pipeline 1 (4,000.00; weighted 1,600.00)")
                .contains("Weakest step Opportunity → Proposal and quote")
                .contains("Proposal and quote 4 4,000.00 75.0% 2.5 1 1,600.00")
                .contains("北京科技有限公司 年度耗材 李娜 Proposal and").contains("4,000.00 40 % Dec 31, 2026 30 (stale)")
                .contains("Overdue follow-ups (5)")
                .contains("Nov 20, 2026 09:30 北京科技有限公司 Call 报价后回访")
                .contains("Nov 21, 2026 10:00 上海贸易公司 Visit")
                .contains("... and 3 more.");
        assertThat(print.pages().getFirst().items()).filteredOn(PageItem.Picture.class::isInstance).hasSize(1);
    }

    @Test
    void theChineseBriefEmbedsASubsetOfTheShippedFontAndNamesItself() throws Exception {
        SalesBriefs briefs = briefs();
        BriefPrint print = briefs.layOut(briefs.facts(REQUEST), Locale.TRADITIONAL_CHINESE, "李娜", Paper.A4);
        Path target = folder.resolve("簡報.pdf");

        String text = write(print, target);

        assertThat(text).contains("銷售簡報：李娜", "撥打電話", "最薄弱環節", "方案報價", "停滯", "……另有 3 條。");
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("銷售簡報 — 銷售簡報 2026年11月1日 至 2026年11月23日，李娜");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("李娜");
            PDResources resources = pdf.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts.add(font.getName());
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+WenQuanYiMicroHei"));
        }
    }
}
