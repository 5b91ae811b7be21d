package org.callsheet.logic.sheets.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.sheets.profile.EmptyFields;
import org.callsheet.logic.sheets.profile.ProfileFacts;
import org.callsheet.logic.sheets.profile.ProfileFactsFixture;
import org.callsheet.logic.sheets.profile.ProfileOptions;
import org.callsheet.logic.sheets.profile.ProfileSheets;
import org.callsheet.logic.sheets.profile.SheetSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profile sheets written as PDF with the shipped font, read back with PDFBox. */
class ProfilePdfExportTest {
    private static final Map<Long, ProfileFacts> BOOK = Map.of(1L, ProfileFactsFixture.full(),
            2L, ProfileFactsFixture.bare(), 3L, ProfileFactsFixture.withDealings());

    @TempDir
    Path dir;

    private static ProfilePdfExport export() {
        SheetFont font = SheetFont.shipped();
        return new ProfilePdfExport(new ProfileSheets(id -> Optional.ofNullable(BOOK.get(id)), font.metrics(),
                ProfileFactsFixture.CLOCK), font);
    }

    private static ProfileOptions options(Locale locale) {
        return new ProfileOptions(locale, SheetSection.all(), EmptyFields.OMIT, "张伟");
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    @Test
    void theChineseIsRealTextInAnEmbeddedSubsetAndTheDocumentDescribesItself() throws IOException {
        Path out = dir.resolve("one.pdf");

        Optional<PrintCount> count = export().write(List.of(1L), options(Locale.SIMPLIFIED_CHINESE), Paper.A4, out,
                SheetProgress.NONE, () -> false);

        assertThat(count).contains(new PrintCount(1, 1));
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = text(pdf);
            assertThat(text).contains("客户概况表", "北京科技有限公司", "中关村大街 1 号", "需要 200 台服务器",
                    "第 1 页 / 共 1 页", "拜访记录（手写）");
            // 𠮟 is not in the font: it prints as a visible mark, the rest of the name stays
            assertThat(text).contains("李〓明");
            assertThat(text).doesNotContain("null");
            PDPage page = pdf.getPage(0);
            List<String> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).singleElement().asString().matches("[A-Z]{6}\\+WenQuanYiMicroHei");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("客户概况表 — 北京科技有限公司（C001）");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("张伟");
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo("北京科技有限公司（C001）");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
        }
        assertThat(Files.size(out)).isLessThanOrEqualTo(150 * 1024);
    }

    @Test
    void aBatchIsOneSheetPerCustomerInTheOrderGiven() throws IOException {
        Path out = dir.resolve("batch.pdf");
        AtomicInteger lastDone = new AtomicInteger();

        Optional<PrintCount> count = export().write(List.of(2L, 3L, 99L), options(Locale.ENGLISH), Paper.LETTER, out,
                (done, total) -> lastDone.set(done), () -> false);

        // the sheet with visits and opportunities takes a second page
        assertThat(count).contains(new PrintCount(2, 3));
        assertThat(lastDone).hasValue(3);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(pdf)).contains("上海贸易公司").doesNotContain("北京科技有限公司");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(pdf)).contains("北京科技有限公司", "Customer profile", "Page 1 / 2");
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            assertThat(stripper.getText(pdf)).contains("北京科技有限公司 (C001) (continued)", "Page 2 / 2");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Customer profiles");
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo("Profile sheets of 2 customers");
        }
    }

    @Test
    void visitsAndOpportunitiesPrintAndTheSheetGoesOnOnANumberedPage() throws IOException {
        Path out = dir.resolve("dealings.pdf");

        Optional<PrintCount> count = export().write(List.of(3L), options(Locale.SIMPLIFIED_CHINESE), Paper.A4, out,
                SheetProgress.NONE, () -> false);

        assertThat(count).contains(new PrintCount(1, 2));
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(text(pdf)).contains("最近拜访", "见到客户", "技术交流", "进行中的商机", "服务器采购", "方案报价",
                    "860,000.00", "2026年4月30日", "第 1 页 / 共 2 页", "第 2 页 / 共 2 页", "拜访记录（手写）");
        }
    }

    @Test
    void aCancelledPrintWritesNoFile() throws IOException {
        Path out = dir.resolve("cancelled.pdf");
        AtomicInteger asked = new AtomicInteger();

        Optional<PrintCount> count = export().write(List.of(1L, 2L), options(Locale.ENGLISH), Paper.A4, out,
                SheetProgress.NONE, () -> asked.incrementAndGet() > 1);

        assertThat(count).isEmpty();
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void traditionalChineseIsExtractedToo() throws IOException {
        Path out = dir.resolve("tw.pdf");

        export().write(List.of(1L), options(Locale.TRADITIONAL_CHINESE), Paper.A4, out, SheetProgress.NONE,
                () -> false);

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(text(pdf)).contains("客戶概況表", "聯絡人", "第 1 頁 / 共 1 頁");
        }
    }
}
