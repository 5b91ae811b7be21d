package org.callsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.callsheet.logic.settings.Settings;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.customers.BookRow;
import org.callsheet.ui.i18n.Language;
import org.callsheet.ui.shell.MainWindow;
import org.callsheet.ui.common.ShippedFonts;
import org.callsheet.ui.testing.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first start: the welcome questions, demo data through the app's loader, then the book. */
@ExtendWith(ApplicationExtension.class)
class FirstStartUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private final TestBackend backend = new TestBackend();
    private final AtomicInteger demoAsked = new AtomicInteger();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        ShippedFonts.loadForJavaFx();
        FxTaskRunner runner = new FxTaskRunner(2);
        DemoDataLoader loader = (customers, progress, cancelled) -> {
            demoAsked.set(customers);
            backend.withSampleCustomers();
            progress.update(customers, customers);
            return 4;
        };
        UiServices services = UiServices.builder(backend.service, backend.book, backend.settings, TestBackend.CLOCK)
                .version("test").demoData(loader).build();
        window = new MainWindow(stage, services, runner,
                UserPreferences.read(backend.settings, runner, Locale.SIMPLIFIED_CHINESE), () -> { });
        window.open();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void asksTheNameAndLanguageAndLoadsDemoData(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#setupRepName").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#setupLanguage").queryComboBox()
                .getSelectionModel().select(Language.ENGLISH));
        waitFor(() -> robot.lookup("#setupStart").queryButton().getText().equals("Start"));

        robot.clickOn("#setupStart");
        assertThat(robot.lookup("#error-repName").queryAs(Label.class).getText()).isEqualTo("Enter your name.");
        robot.clickOn("#setupRepName").write("Wang Fang");
        robot.clickOn("#setupDemo");
        robot.clickOn("#setupStart");

        TableView<BookRow> table = robot.lookup("#customerTable").queryTableView();
        waitFor(() -> table.getItems().size() == 4 && window.status().isSearchReady());
        assertThat(demoAsked.get()).isEqualTo(2_000);
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).isEqualTo("Loaded 4 demo customers");
        assertThat(robot.lookup("#nav-customers").queryLabeled().getText()).isEqualTo("Customers");
        assertThat(backend.settings.setupDone()).isTrue();
        assertThat(backend.settings.repName()).isEqualTo("Wang Fang");
        assertThat(backend.settings.get(Settings.LANGUAGE, "")).isEqualTo("en");
    }

    @Test
    void theShippedFontServesJavaFxAndAwt() {
        assertThat(ShippedFonts.loadForJavaFx()).contains(ShippedFonts.FAMILY);
        assertThat(ShippedFonts.registerWithAwt()).isTrue();
        assertThat(new java.awt.Font(ShippedFonts.FAMILY, java.awt.Font.PLAIN, 12).canDisplayUpTo("北京科技 繁體"))
                .isEqualTo(-1);
    }
}
