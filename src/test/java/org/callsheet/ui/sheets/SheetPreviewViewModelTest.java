package org.callsheet.ui.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.sheets.pdf.SheetFont;
import org.callsheet.logic.sheets.profile.EmptyFields;
import org.callsheet.logic.sheets.profile.ProfileFacts;
import org.callsheet.logic.sheets.profile.ProfileFactsFixture;
import org.callsheet.logic.sheets.profile.ProfileSheets;
import org.callsheet.logic.sheets.profile.SheetPreferences;
import org.callsheet.logic.sheets.profile.SheetSection;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.callsheet.ui.testing.InMemorySettingsRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetPreviewViewModelTest {
    private static final Map<Long, ProfileFacts> BOOK = Map.of(1L, ProfileFactsFixture.full(),
            2L, ProfileFactsFixture.bare());

    private final Settings settings = new Settings(new InMemorySettingsRepository());
    private final ProfileSheets sheets = new ProfileSheets(id -> Optional.ofNullable(BOOK.get(id)),
            SheetFont.shipped().metrics(), ProfileFactsFixture.CLOCK);

    @TempDir
    Path dir;

    private SheetPreviewViewModel model(List<Long> ids, Locale locale) {
        return new SheetPreviewViewModel(sheets, SheetFont.shipped(), settings, new SameThreadTaskRunner(), ids,
                locale);
    }

    @Test
    void buildsOneSheetPerCustomerInTheOrderGivenAndTurnsThePages() {
        SheetPreviewViewModel model = model(List.of(2L, 1L), Locale.ENGLISH);

        model.load();

        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.sheetCount()).isEqualTo(2);
        assertThat(model.pages()).hasSize(2);
        assertThat(model.pages().get(0).texts()).contains("上海贸易公司");
        assertThat(model.pages().get(1).texts()).contains("北京科技有限公司");
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        model.nextPage();
        model.nextPage();
        assertThat(model.pageIndexProperty().get()).isEqualTo(1);
        model.previousPage();
        assertThat(model.pageIndexProperty().get()).isZero();
    }

    @Test
    void languagePaperSectionsAndEmptyFieldsApplyToThisPrint() {
        SheetPreviewViewModel model = model(List.of(1L), Locale.ENGLISH);
        model.languageProperty().set(Locale.TRADITIONAL_CHINESE);
        model.paperProperty().set(Paper.LETTER);
        model.sections().remove(SheetSection.CONTACTS);
        model.emptyFieldsProperty().set(EmptyFields.BLANK_LINES);

        model.load();

        List<String> texts = model.pages().stream().flatMap(p -> p.texts().stream()).toList();
        assertThat(texts).contains("客戶概況表", "最近通話").doesNotContain("決策人");
        assertThat(model.pages().getFirst().paper()).isEqualTo(Paper.LETTER);
        assertThat(SheetPreferences.read(settings)).isEqualTo(SheetPreferences.DEFAULTS);

        model.keepAsDefaults();

        SheetPreferences kept = SheetPreferences.read(settings);
        assertThat(kept.paper()).isEqualTo(Paper.LETTER);
        assertThat(kept.emptyFields()).isEqualTo(EmptyFields.BLANK_LINES);
        assertThat(kept.sections()).doesNotContain(SheetSection.CONTACTS).contains(SheetSection.VISIT);
        assertThat(model.messageProperty().get().key()).isEqualTo("sheets.preview.defaultsKept");
    }

    @Test
    void savesThePagesShownAsOnePdf() throws IOException {
        SheetPreviewViewModel model = model(List.of(1L, 2L), Locale.SIMPLIFIED_CHINESE);
        model.load();
        Path out = dir.resolve("sheets.pdf");

        model.saveAsPdf(out);

        assertThat(model.messageProperty().get().key()).isEqualTo("sheets.preview.saved");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(model.pages().size());
            assertThat(new PDFTextStripper().getText(pdf)).contains("北京科技有限公司", "上海贸易公司", "客户概况表");
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo("2 位客户的概况表");
        }
    }

    @Test
    void customersThatNoLongerExistAreSaid() {
        SheetPreviewViewModel model = model(List.of(404L), Locale.ENGLISH);

        model.load();

        assertThat(model.pages()).isEmpty();
        assertThat(model.messageProperty().get().key()).isEqualTo("sheets.preview.noneLeft");
    }
}
