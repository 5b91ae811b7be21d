package org.callsheet.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.logic.csv.exports.ExportService;
import org.callsheet.logic.csv.imports.ImportService;
import org.callsheet.logic.regions.AddressParser;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqCustomerRepository;
import org.callsheet.persistence.JooqImportExportStore;
import org.callsheet.persistence.JooqImportStore;
import org.callsheet.ui.common.Stylesheets;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;
import org.callsheet.ui.common.ShippedFonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Import/Export screen over a real database, in Simplified Chinese: a GB18030 file checked, imported, undone. */
@ExtendWith(ApplicationExtension.class)
class ImportExportViewUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    static Path folder;

    private final PhoneNormalizer phones = new PhoneNormalizer();
    private Database db;
    private JooqCustomerRepository customers;
    private ImportViewModel model;
    private final AtomicInteger changes = new AtomicInteger();

    @Start
    void start(Stage stage) {
        db = Database.inMemory("ui-importview-" + UUID.randomUUID());
        customers = new JooqCustomerRepository(db.dsl(), new Pinyin(), phones);
        ImportExportTools tools = new ImportExportTools(
                new ImportService(new JooqImportStore(db.dsl(), new Pinyin(), phones), phones,
                        new AddressParser(RegionDirectory.shipped())::parse, CLOCK),
                new ExportService(new JooqImportExportStore(db.dsl(), new Pinyin(), phones), CLOCK));
        I18n i18n = new I18n(Language.SIMPLIFIED_CHINESE);
        FxTaskRunner runner = new FxTaskRunner(1);
        model = new ImportViewModel(tools, runner, i18n, changes::incrementAndGet);
        ShippedFonts.loadForJavaFx();
        Scene scene = new Scene(new javafx.scene.layout.StackPane(
                new ImportExportView(model, new ExportViewModel(tools, runner, i18n), i18n).node()),
                1100, 780);
        Stylesheets.apply(scene);
        stage.setScene(scene);
        // the stage is shared with the tests that ran before; the buttons must be inside the window
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Scrolls the import page so the node is inside the window (the page is taller than the window). */
    private static void inSight(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        robot.interact(() -> {
            javafx.scene.Parent p = node.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
                double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                double y = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                scroll.setVvalue(contentHeight <= viewport ? 0 : Math.min(1, Math.max(0, y / (contentHeight - viewport))));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void aChineseFileIsPreviewedCheckedImportedAndUndone(FxRobot robot) throws Exception {
        Path file = folder.resolve("客户名单.csv");
        Files.writeString(file, "客户编号,客户名称,手机\nK-1,深圳星辰科技,13800138000\nK-2,,13900139000\n"
                + "K-3,广州明月贸易,13700137000\n", Charset.forName("GB18030"));

        assertThat(dateColumnsText(robot)).as("before a file is read, nothing is said of its dates")
                .isEqualTo("选择文件后会检查其中的日期列。");
        robot.interact(() -> model.open(file));
        TableView<?> preview = robot.lookup("#import-preview").queryTableView();
        waitFor(() -> preview.getItems().size() == 3);
        waitFor(() -> dateColumnsText(robot).equals("文件中没有日期列。"));
        assertThat(robot.lookup("#import-read-as").queryAs(Label.class).getText()).contains("GB18030");
        assertThat(preview.getColumns().get(1).getText()).contains("客户名称").contains("→");

        inSight(robot, "#import-check");
        robot.clickOn("#import-check");
        waitFor(() -> model.resultProperty().get() != null);
        assertThat(customers.findIds(CustomerFilter.ALL, CustomerSort.DEFAULT)).isEmpty();
        assertThat(robot.lookup("#import-message").queryAs(Label.class).getText()).contains("试");

        inSight(robot, "#import-run");
        robot.clickOn("#import-run");
        waitFor(() -> model.resultProperty().get() != null && model.resultProperty().get().imported());
        assertThat(customers.findIds(CustomerFilter.ALL, CustomerSort.DEFAULT)).hasSize(2);
        TableView<?> problems = robot.lookup("#import-problems").queryTableView();
        assertThat(problems.getItems()).hasSize(1);
        assertThat(changes).hasValue(1);

        inSight(robot, "#import-undo-this");
        robot.clickOn("#import-undo-this");
        waitFor(() -> changes.get() == 2);
        assertThat(customers.findIds(CustomerFilter.ALL, CustomerSort.DEFAULT)).isEmpty();
        assertThat(robot.lookup("#import-message").queryAs(Label.class).getText()).contains("撤销");
    }

    private static String dateColumnsText(FxRobot robot) {
        return robot.lookup("#import-dates").queryAs(javafx.scene.layout.Pane.class).getChildren().stream()
                .filter(Label.class::isInstance).map(n -> ((Label) n).getText()).findFirst().orElse("");
    }
}
