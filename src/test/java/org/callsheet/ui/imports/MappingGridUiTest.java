package org.callsheet.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.callsheet.logic.csv.HeaderMapping;
import org.callsheet.logic.csv.exports.ExportService;
import org.callsheet.logic.csv.imports.ImportService;
import org.callsheet.logic.regions.AddressParser;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqImportExportStore;
import org.callsheet.persistence.JooqImportStore;
import org.callsheet.ui.common.Stylesheets;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "Imported as" drop-downs: a choice applies when committed, Esc restores, ignored columns say so. */
@ExtendWith(ApplicationExtension.class)
class MappingGridUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    static Path folder;

    private Database db;
    private ImportViewModel model;

    @Start
    void start(Stage stage) {
        PhoneNormalizer phones = new PhoneNormalizer();
        db = Database.inMemory("ui-mapping-" + UUID.randomUUID());
        ImportExportTools tools = new ImportExportTools(
                new ImportService(new JooqImportStore(db.dsl(), new Pinyin(), phones), phones,
                        new AddressParser(RegionDirectory.shipped())::parse, CLOCK),
                new ExportService(new JooqImportExportStore(db.dsl(), new Pinyin(), phones), CLOCK));
        I18n i18n = new I18n(Language.ENGLISH);
        FxTaskRunner runner = new FxTaskRunner(1);
        model = new ImportViewModel(tools, runner, i18n, () -> { });
        Scene scene = new Scene(new javafx.scene.layout.StackPane(
                new ImportExportView(model, new ExportViewModel(tools, runner, i18n), i18n).node()), 1100, 780);
        Stylesheets.apply(scene);
        stage.setScene(scene);
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private HeaderMapping mapping() {
        return model.mappingProperty().get();
    }

    @Test
    void arrowKeysChangeNothingUntilEnterAndEscRestores(FxRobot robot) throws Exception {
        Path file = folder.resolve("list.csv");
        Files.writeString(file, "客户名称,所在省份,备用\n星辰科技,广东省,x\n", StandardCharsets.UTF_8);
        robot.interact(() -> model.open(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> mapping() != null);
        assertThat(mapping().fieldOf(0)).contains("name");
        assertThat(mapping().fieldOf(1)).contains("province");
        assertThat(robot.lookup("#ignored-2").queryAs(Label.class).isVisible()).as("the unknown column").isTrue();
        assertThat(robot.lookup("#ignored-1").queryAs(Label.class).isVisible()).isFalse();

        // through the province column's list, past "Customer name", and back out with Esc
        ComboBox<?> province = robot.lookup("#map-1").queryAs(ComboBox.class);
        robot.interact(province::requestFocus);
        robot.interact(province::show);
        for (int i = 0; i < 12; i++) {
            robot.type(KeyCode.UP);
        }
        assertThat(mapping().fieldOf(0)).as("moving through the list takes nothing from another column")
                .contains("name");
        assertThat(mapping().fieldOf(1)).contains("province");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(province.getValue()).isEqualTo("province");
        assertThat(mapping().fieldOf(0)).contains("name");

        // Enter commits: the name column set to "ignore" leaves no name, and the import cannot start
        ComboBox<?> name = robot.lookup("#map-0").queryAs(ComboBox.class);
        robot.interact(name::requestFocus);
        robot.interact(name::show);
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.UP);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mapping().fieldOf(0)).isEmpty();
        assertThat(mapping().fieldOf(1)).contains("province");
        assertThat(robot.lookup("#ignored-0").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#import-run").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(model.blocker()).hasValueSatisfying(text -> assertThat(text).contains("Customer name"));
    }
}
