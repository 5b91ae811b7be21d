package org.callsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.callsheet.logic.settings.Settings;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.common.WindowLook;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.customers.BookRow;
import org.callsheet.ui.shell.MainWindow;
import org.callsheet.ui.common.ShippedFonts;
import org.callsheet.ui.testing.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window opens before the database with the look of the start-up copy: loading pages and
 * nothing that needs the database enabled; then the services arrive and the settings in the
 * database win (here the copy said 简体中文, the database English).
 */
@ExtendWith(ApplicationExtension.class)
class WindowBeforeDatabaseUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private final TestBackend backend = new TestBackend().withSampleCustomers();
    private FxTaskRunner runner;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        backend.settings.put(Settings.SETUP_DONE, "yes");
        backend.settings.put(Settings.LANGUAGE, "en");
        ShippedFonts.loadForJavaFx();
        runner = new FxTaskRunner(2);
        WindowLook look = WindowLook.of(Map.of(Settings.LANGUAGE, "zh-CN"), Locale.US);
        window = new MainWindow(stage, runner, look, () -> { });
        window.open();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private static MenuItem menuItem(FxRobot robot, int menu, int item) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(menu).getItems().get(item);
    }

    @Test
    void showsLoadingPagesUntilTheServicesArriveThenFillsIn(FxRobot robot) throws Exception {
        assertThat(window.readyProperty().get()).isFalse();
        assertThat(robot.lookup("#loading-customers").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-customers").queryLabeled().getText()).isEqualTo("客户");
        assertThat(menuItem(robot, 0, 0).isDisable()).as("new customer").isTrue();
        assertThat(menuItem(robot, 1, 0).isDisable()).as("find").isTrue();
        assertThat(menuItem(robot, 0, 2).isDisable()).as("quit").isFalse();

        robot.clickOn("#nav-settings");
        assertThat(robot.lookup("#loading-settings").tryQuery()).isPresent();
        robot.clickOn("#nav-customers");

        UserPreferences preferences = UserPreferences.read(backend.settings, runner, Locale.US);
        robot.interact(() -> window.servicesReady(backend.services(), preferences));

        TableView<BookRow> table = robot.lookup("#customerTable").queryTableView();
        waitFor(() -> window.status().isSearchReady() && table.getItems().size() == 4);
        assertThat(robot.lookup("#loading-customers").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-customers").queryLabeled().getText()).isEqualTo("Customers");
        assertThat(robot.lookup("#statusCount").queryAs(Label.class).getText()).isEqualTo("4 customers");
        assertThat(menuItem(robot, 0, 0).isDisable()).isFalse();
        assertThat(menuItem(robot, 1, 0).isDisable()).isFalse();
    }
}
