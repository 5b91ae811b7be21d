package org.callsheet.ui.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.callsheet.logic.funnel.FunnelFigures;
import org.callsheet.logic.funnel.StageFigures;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.sheets.brief.BriefFacts;
import org.callsheet.logic.sheets.brief.BriefRequest;
import org.callsheet.logic.sheets.brief.SalesBriefs;
import org.callsheet.logic.sheets.pdf.SheetFont;
import org.callsheet.model.Stage;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.callsheet.ui.testing.InMemorySettingsRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sales brief in the window: the default period, the request it reads, the preview, saving, refusals. */
class SalesBriefViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path folder;
    private final Settings settings = new Settings(new InMemorySettingsRepository());
    private final List<BriefRequest> asked = new ArrayList<>();
    private SalesBriefViewModel model;

    @BeforeEach
    void setUp() {
        settings.put(Settings.REP_NAME, "李娜");
        SalesBriefs briefs = new SalesBriefs(request -> {
            asked.add(request);
            return facts(request);
        }, SheetFont.shipped().metrics(), CLOCK);
        model = new SalesBriefViewModel(briefs, settings, new SameThreadTaskRunner(), CLOCK, Locale.SIMPLIFIED_CHINESE);
    }

    private static BriefFacts facts(BriefRequest request) {
        List<StageFigures> stages = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            long reached = Stage.values().length - stage.ordinal();
            stages.add(new StageFigures(stage, reached, BigDecimal.valueOf(reached * 100), null, null, 0,
                    BigDecimal.ZERO, BigDecimal.ZERO));
        }
        FunnelFigures funnel = new FunnelFigures(stages, 7, null, 0, BigDecimal.ZERO, BigDecimal.ZERO, 1,
                BigDecimal.TEN, 0, null, Map.of());
        return new BriefFacts(request, LocalDate.now(CLOCK), funnel, new BriefFacts.Activity(12, 6, 2, 1), 1,
                BigDecimal.TEN, List.of(), List.of(), 0);
    }

    @Test
    void startsOnThisMonthUpToTodayForEveryoneAndBuildsThePreview() {
        assertThat(model.fromProperty().get()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(model.toProperty().get()).isEqualTo(LocalDate.of(2026, 11, 23));

        model.preview();

        assertThat(asked).containsExactly(new BriefRequest(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 23), null));
        assertThat(model.pages()).hasSize(1);
        assertThat(model.pages().getFirst().texts()).contains("销售简报：全体");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo(UserMessage.of("brief.ui.ready", 1));
    }

    @Test
    void theOwnerAndLanguageChosenGoIntoTheBrief() {
        model.ownerProperty().set(" 王伟 ");
        model.languageProperty().set(Locale.ENGLISH);

        model.preview();

        assertThat(asked.getLast().owner()).isEqualTo("王伟");
        assertThat(model.pages().getFirst().texts()).contains("Sales brief: 王伟");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedWithItsMessageAndNothingIsRead() {
        model.fromProperty().set(LocalDate.of(2026, 11, 20));
        model.toProperty().set(LocalDate.of(2026, 11, 2));

        model.preview();

        assertThat(asked).isEmpty();
        assertThat(model.messageProperty().get())
                .isEqualTo(UserMessage.of("brief.ui.error.period", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 2)));
        model.toProperty().set(null);
        model.preview();
        assertThat(model.messageProperty().get()).isEqualTo(UserMessage.of("brief.ui.error.dates"));
    }

    @Test
    void savesTheBriefShownAsPdfAndAsPng() throws Exception {
        model.preview();
        Path pdf = folder.resolve("brief.pdf");
        Path png = folder.resolve("brief.png");

        model.savePdf(pdf);
        assertThat(model.messageProperty().get()).isEqualTo(UserMessage.of("brief.ui.saved", pdf.toString(), 1));
        model.savePng(png);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("销售简报：全体", "拨打电话 12");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("李娜");
        }
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1191);
        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("brief.pdf",
                "brief.png");
    }
}
