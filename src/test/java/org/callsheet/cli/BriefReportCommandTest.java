package org.callsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of {@code callsheet report brief}: the figures of the period and owner in the PDF's
 * text, the PNG, the last line, and the refusals (one sentence, exit 2, no file). Today is
 * 2026-11-23; the period 2026-11-01 to 2026-11-23 holds three calls (two connected), three planned
 * visits (one met, one called off), the opportunity D-2 created and D-4 won; one follow-up is overdue.
 */
class BriefReportCommandTest {
    private static final String PERIOD_FROM = "2026-11-01";
    private static final String PERIOD_TO = "2026-11-23";

    @TempDir
    Path folder;
    private FunnelCliFixture cli;

    @BeforeEach
    void open() throws Exception {
        cli = new FunnelCliFixture(folder);
        imported("customers", "external_id,name,owner\nK-1,甲公司,李娜\nK-2,乙公司,王伟\n");
        imported("opportunities", OpportunityCsvTest.PIPELINE);
        imported("calls", "customer_external_id,started_at,outcome,caller,follow_up_at\n"
                + "K-1,2026-11-05 10:00,connected,李娜,\n"
                + "K-1,2026-11-06 10:00,no_answer,李娜,2026-11-10 09:00\n"
                + "K-2,2026-11-07 10:00,connected,王伟,\n"
                + "K-2,2026-10-20 10:00,connected,王伟,\n");
        imported("visits", "customer_external_id,date,done_at,outcome\n"
                + "K-1,2026-11-12,2026-11-12 10:00,met\n"
                + "K-2,2026-11-13,,\n"
                + "K-2,2026-11-14,2026-11-14 09:00,cancelled\n");
    }

    private void imported(String what, String csv) throws Exception {
        CliRun run = cli.run("import", what, cli.write(what + ".csv", csv).toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    }

    @AfterEach
    void close() {
        cli.close();
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void pdfCarriesTheFiguresOfThePeriodForEveryoneAndEndsWithTheFileAndPages() throws Exception {
        Path out = folder.resolve("brief.pdf");

        CliRun run = cli.run("report", "brief", "--from", PERIOD_FROM, "--to", PERIOD_TO, "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(FunnelCliFixture.lastLine(run.out())).isEqualTo("brief=" + out + " pages=1");
        String text = text(out);
        assertThat(text).contains("Sales brief: everyone", "Nov 1, 2026 to Nov 23, 2026")
                .contains("Calls made 3 Connected 2 (66.7%)")
                .contains("Visits planned 3").contains("Visits done 1")
                .contains("New opportunities 1 (50,000.50)").contains("Won in the period 1 (30,000.00)")
                .contains("Overdue follow-ups (1)").contains("Nov 10, 2026 09:00 甲公司 Call").contains("甲公司").contains("乙公司")
                .contains("Proposal and quote");
    }

    @Test
    void theOwnerNarrowsOpportunitiesCallsVisitsAndFollowUpsToThatRep() throws Exception {
        Path out = folder.resolve("wang.pdf");

        CliRun run = cli.run("report", "brief", "--from", PERIOD_FROM, "--to", PERIOD_TO, "--owner", "王伟",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        String text = text(out);
        assertThat(text).contains("Sales brief: 王伟").contains("Calls made 1 Connected 1 (100.0%)")
                .contains("Visits planned 2").contains("Visits done 0")
                .contains("Overdue follow-ups (0)").contains("乙公司").doesNotContain("甲公司");
    }

    @Test
    void chineseBriefGivesItsChineseTextBackFromThePdf() throws Exception {
        Path out = folder.resolve("简报.pdf");

        CliRun run = cli.run("report", "brief", "--from", PERIOD_FROM, "--to", PERIOD_TO, "--lang", "zh_CN",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(text(out)).contains("销售简报：全体", "拨打电话", "方案报价", "商务谈判", "逾期回访（1）");
    }

    @Test
    void pngIsTheBriefAsAnImageOfTheWholePage() throws Exception {
        Path out = folder.resolve("brief.png");

        CliRun run = cli.run(Locale.TRADITIONAL_CHINESE, "report", "brief", "--from", PERIOD_FROM, "--to", PERIOD_TO,
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(FunnelCliFixture.lastLine(run.out())).isEqualTo("brief=" + out + " pages=1");
        BufferedImage image = ImageIO.read(out.toFile());
        // A4 is 595.28 × 841.89 points, drawn at two pixels a point
        assertThat(image.getWidth()).isEqualTo(1191);
        assertThat(image.getHeight()).isEqualTo(1684);
    }

    @Test
    void withoutDatesTheBriefCoversThisMonthUpToToday() throws Exception {
        Path out = folder.resolve("month.pdf");

        CliRun run = cli.run("report", "brief", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(text(out)).contains("Nov 1, 2026 to Nov 23, 2026");
    }

    @Test
    void badDatesOptionsAndFilesAreOneSentenceWithExitTwoAndNoFile() throws Exception {
        Path pdf = folder.resolve("never.pdf");
        assertRefused(cli.run("report", "brief", "--from", "yesterday", "--out", pdf.toString()),
                "'yesterday' is not a date; write it as YYYY-MM-DD");
        assertRefused(cli.run("report", "brief", "--from", "2026-11-20", "--to", "2026-11-01", "--out", pdf.toString()),
                "The period ends (2026-11-01) before it starts (2026-11-20)");
        assertRefused(cli.run("report", "brief", "--from", "2026-12-01", "--out", pdf.toString()),
                "The period ends (2026-11-23) before it starts (2026-12-01)");
        assertRefused(cli.run("report", "brief", "--lang", "fr", "--out", pdf.toString()),
                "Unknown language fr: use en, zh_CN or zh_TW.");
        assertRefused(cli.run("report", "brief", "--paper", "a3", "--out", pdf.toString()),
                "Unknown paper a3: use a4 or letter.");
        Path docx = folder.resolve("brief.docx");
        assertRefused(cli.run("report", "brief", "--out", docx.toString()),
                "The brief is written as PDF or PNG: end the file name " + docx + " with .pdf or .png.");
        Path nowhere = folder.resolve("missing").resolve("brief.pdf");
        assertRefused(cli.run("report", "brief", "--out", nowhere.toString()),
                "Cannot write the brief to " + nowhere + ": choose a file in an existing folder.");
        assertThat(pdf).doesNotExist();
        assertThat(docx).doesNotExist();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    private static void assertRefused(CliRun run, String sentence) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).containsExactly(sentence);
        assertThat(run.out()).isEmpty();
    }
}
