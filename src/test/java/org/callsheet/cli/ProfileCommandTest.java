package org.callsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.sheets.profile.EmptyFields;
import org.callsheet.logic.sheets.profile.SheetLanguage;
import org.callsheet.logic.sheets.profile.SheetPreferences;
import org.callsheet.logic.sheets.profile.SheetSection;
import org.callsheet.model.Address;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.VisitReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code callsheet profile} in-process over a real database in memory. */
class ProfileCommandTest {
    private H2CliEnvironment environment;
    private Customer beijing;
    private Customer shanghai;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        environment = new H2CliEnvironment();
        beijing = environment.add("C001", "北京科技有限公司", CustomerStatus.BIG,
                new Address("中关村大街 1 号", "北京市", "北京市", "海淀区"));
        shanghai = environment.add("C002", "上海贸易公司", CustomerStatus.SMALL,
                new Address("南京路 8 号", "上海市", "上海市", "黄浦区"));
        environment.add(null, "广州电子厂", CustomerStatus.BIG, new Address("", "广东省", "广州市", "天河区"));
    }

    @AfterEach
    void tearDown() {
        environment.database.close();
    }

    private CliRun run(Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CallsheetCli.run(args, environment.factory(), new PrintWriter(out), new PrintWriter(err), locale);
        return new CliRun(code, out.toString(), err.toString());
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void customersByExternalIdOrUidInTheOrderGiven() throws IOException {
        Path out = dir.resolve("two.pdf");

        CliRun r = run(Locale.ENGLISH, "profile", "--customer", "C002", "--customer", beijing.uid(),
                "--out", out.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines().toList().getLast()).isEqualTo("sheets=2 pages=2");
        String text = text(out);
        assertThat(text.indexOf("上海贸易公司")).isLessThan(text.indexOf("北京科技有限公司"));
        assertThat(text).contains("Customer profile", "李明", "13800138000", "南京路 8 号").doesNotContain("null");
    }

    @Test
    void anUnknownIdIsNamedAndNoFileIsWritten() {
        Path out = dir.resolve("none.pdf");

        CliRun r = run(Locale.ENGLISH, "profile", "--customer", "C001", "--customer", "C999", "--out", out.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("No customer has the id C999; nothing was written.");
        assertThat(out).doesNotExist();
    }

    @Test
    void tiersAndARegionInTheBooksOrder() throws IOException {
        Path out = dir.resolve("big.pdf");

        CliRun all = run(Locale.ENGLISH, "profile", "--status", "big,small", "--out", out.toString());

        assertThat(all.exitCode()).isZero();
        assertThat(all.out()).endsWith("sheets=3 pages=3" + System.lineSeparator());
        String text = text(out);
        // the book sorts names by pinyin: Beijing, Guangzhou, Shanghai
        assertThat(text.indexOf("北京科技有限公司")).isLessThan(text.indexOf("广州电子厂"));
        assertThat(text.indexOf("广州电子厂")).isLessThan(text.indexOf("上海贸易公司"));

        CliRun region = run(Locale.ENGLISH, "profile", "--status", "BIG", "--region", "广州市", "--out",
                out.toString());

        assertThat(region.out()).endsWith("sheets=1 pages=1" + System.lineSeparator());
        assertThat(text(out)).contains("广州电子厂").doesNotContain("北京科技有限公司");
    }

    @Test
    void badTiersRegionsAndLanguagesAreUsageErrors() {
        Path out = dir.resolve("x.pdf");

        assertThat(run(Locale.ENGLISH, "profile", "--status", "huge", "--out", out.toString()).errLines())
                .containsExactly("huge is not a customer tier; choose from super, big, medium, small, inactive, "
                        + "prospect, suspect, other.");
        assertThat(run(Locale.ENGLISH, "profile", "--status", "big", "--region", "火星", "--out", out.toString())
                .errLines()).containsExactly("No customer lives in a province, city or district called 火星.");
        CliRun lang = run(Locale.ENGLISH, "profile", "--customer", "C001", "--lang", "fr", "--out", out.toString());
        assertThat(lang.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(lang.errLines()).containsExactly("fr is not a language of the sheets; choose en, zh_CN or zh_TW.");
        assertThat(run(Locale.ENGLISH, "profile", "--out", out.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run(Locale.ENGLISH, "profile", "--status", "prospect", "--out", out.toString()).errLines())
                .containsExactly("No customer matches; nothing was written.");
        assertThat(out).doesNotExist();
        Path text = dir.resolve("x.txt");
        CliRun notPdf = run(Locale.ENGLISH, "profile", "--customer", "C001", "--out", text.toString());
        assertThat(notPdf.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notPdf.errLines()).containsExactly("Profile sheets are written as PDF: end the file name " + text
                + " with .pdf.");
        assertThat(text).doesNotExist();
    }

    @Test
    void languageAndPaperChosenPerPrint() throws IOException {
        Path out = dir.resolve("letter.pdf");

        CliRun r = run(Locale.ENGLISH, "profile", "--customer", "C001", "--lang", "zh_TW", "--paper", "letter",
                "--out", out.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(text(out)).contains("客戶概況表", "第 1 頁 / 共 1 頁");
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
        assertThat(pages(out)).isEqualTo(1);
    }

    @Test
    void theSheetsFollowTheCommandLinesLanguageByDefault() throws IOException {
        Path out = dir.resolve("zh.pdf");

        CliRun r = run(Locale.SIMPLIFIED_CHINESE, "profile", "--customer", "C001", "--out", out.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(text(out)).contains("客户概况表", "北京科技有限公司", "第 1 页 / 共 1 页");
        assertThat(Files.size(out)).isLessThanOrEqualTo(150 * 1024);
        assertThat(run(Locale.SIMPLIFIED_CHINESE, "profile", "--customer", "C404", "--out", out.toString()).errLines())
                .containsExactly("没有编号为 C404 的客户；未写入任何文件。");
    }

    @Test
    void languagePaperSectionsAndEmptyFieldsAsKeptInSettingsUnlessTheOptionsSayOtherwise() throws IOException {
        environment.settings.putAll(new SheetPreferences(EnumSet.of(SheetSection.CONTACTS, SheetSection.VISIT),
                EmptyFields.BLANK_LINES, Paper.LETTER, SheetLanguage.TRADITIONAL_CHINESE).values());
        Path kept = dir.resolve("kept.pdf");
        Path chosen = dir.resolve("chosen.pdf");

        assertThat(run(Locale.ENGLISH, "profile", "--customer", "C001", "--out", kept.toString()).exitCode()).isZero();
        assertThat(run(Locale.ENGLISH, "profile", "--customer", "C001", "--lang", "en", "--paper", "a4",
                "--out", chosen.toString()).exitCode()).isZero();

        assertThat(text(kept)).contains("客戶概況表", "聯絡人", "拜訪紀錄（手寫）").doesNotContain("最近通話", "公司資訊");
        assertThat(text(chosen)).contains("Customer profile", "Contacts").doesNotContain("Latest calls");
        try (PDDocument a = Loader.loadPDF(kept.toFile()); PDDocument b = Loader.loadPDF(chosen.toFile())) {
            assertThat(a.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
            assertThat(b.getPage(0).getMediaBox().getHeight()).isEqualTo(841.89f);
        }
    }

    @Test
    void theDaysPlannedVisitsInRouteOrder() throws IOException {
        LocalDate day = LocalDate.of(2026, 3, 4);
        environment.visits.plan(shanghai.id(), day, VisitReason.ADDED_BY_HAND, "送样品");
        environment.visits.plan(beijing.id(), day, VisitReason.ADDED_BY_HAND, "");
        Path out = dir.resolve("visits.pdf");

        CliRun r = run(Locale.ENGLISH, "profile", "--visits", "2026-03-04", "--out", out.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).endsWith("sheets=2 pages=2" + System.lineSeparator());
        String text = text(out);
        assertThat(text.indexOf("上海贸易公司")).isLessThan(text.indexOf("北京科技有限公司"));
        assertThat(text).contains("Latest visits", "Mar 4, 2026", "Planned", "送样品");
        CliRun none = run(Locale.ENGLISH, "profile", "--visits", "2026-03-05", "--out", dir.resolve("n.pdf").toString());
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.errLines()).containsExactly("No visits are planned on 2026-03-05; nothing was written.");
        assertThat(run(Locale.ENGLISH, "profile", "--visits", "4 March", "--out", out.toString()).errLines())
                .containsExactly("The date 4 March is not a date of the form YYYY-MM-DD, for example 2026-03-02.");
    }

    @Test
    void helpDescribesTheOptions() {
        CliRun r = run(Locale.ENGLISH, "profile", "--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--customer", "--status", "--region", "--visits", "--lang", "--paper",
                "a4 or letter");
    }
}
