package org.callsheet.ui;

import java.io.File;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.ChangeSource;
import org.callsheet.model.CustomerField;
import org.callsheet.model.FieldChange;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.shell.MainWindow;
import org.callsheet.ui.common.ShippedFonts;
import org.callsheet.ui.testing.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a check: saves pictures of the main screens to target/shots for looking at the layout.
 * Run with {@code mvn test -Dtest=ScreenshotTour -Dcallsheet.shots=true [-Dshots.lang=en] [-Dshots.theme=dark]
 * [-Dshots.size=1024x700]}.
 */
@EnabledIfSystemProperty(named = "callsheet.shots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {
    static {
        System.clearProperty("testfx.headless");
    }

    private final TestBackend backend = new TestBackend().withSampleCustomers();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        if (!Boolean.getBoolean("shots.setup")) {
            backend.settings.put(Settings.SETUP_DONE, "yes");
        }
        backend.settings.put(Settings.REP_NAME, "王芳");
        backend.settings.put(Settings.LANGUAGE, System.getProperty("shots.lang", "zh-CN"));
        backend.settings.put(Settings.THEME, System.getProperty("shots.theme", "light"));
        ShippedFonts.loadForJavaFx();
        fieldHistory();
        FxTaskRunner runner = new FxTaskRunner(2);
        window = new MainWindow(stage, backend.services(), runner,
                UserPreferences.read(backend.settings, runner, Locale.US), () -> { });
        window.open();
        String size = System.getProperty("shots.size");
        if (size != null) {
            stage.setWidth(Double.parseDouble(size.split("x")[0]));
            stage.setHeight(Double.parseDouble(size.split("x")[1]));
        }
    }

    /** A few saves and an import in every customer's field history, for the History tab. */
    private void fieldHistory() {
        java.time.Instant day = TestBackend.CLOCK.instant();
        for (long id = 1; id <= 4; id++) {
            backend.repository.addHistory(id, day.minusSeconds(40 * 86_400L), ChangeSource.importBatch(12, "客户名单2026.csv"),
                    new FieldChange(CustomerField.INDUSTRY, "", "软件和信息技术服务"));
            backend.repository.addHistory(id, day.minusSeconds(40 * 86_400L), ChangeSource.importBatch(12, "客户名单2026.csv"),
                    new FieldChange(CustomerField.NOTES, "", "年底有采购计划"));
            backend.repository.addHistory(id, day.minusSeconds(9 * 86_400L), ChangeSource.rep("王芳"),
                    new FieldChange(CustomerField.OWNER, "李强", "王芳"));
            backend.repository.addHistory(id, day.minusSeconds(2 * 86_400L), ChangeSource.rep("王芳"),
                    new FieldChange(CustomerField.STREET, "科技园1号", "中关村大街 27 号"));
            backend.repository.addHistory(id, day.minusSeconds(3_600), ChangeSource.rep("王芳"),
                    new FieldChange(CustomerField.NO_NEED, "false", "true"));
        }
    }

    private void shot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        new File("target/shots").mkdirs();
        robot.interact(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing()) {
                    Scene s = w.getScene();
                    try {
                        ImageIO.write(SwingFXUtils.fromFXImage(s.snapshot(null), null), "png",
                                new File("target/shots/" + name + "-" + Window.getWindows().indexOf(w) + ".png"));
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                }
            }
        });
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        shot(robot, "customers");
        if (Boolean.getBoolean("shots.setup")) {
            robot.clickOn("#setupStart");
            shot(robot, "setup-invalid");
            return;
        }
        robot.clickOn(robot.lookup(".table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#editorName").tryQuery().isPresent());
        shot(robot, "editor");
        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(javafx.scene.Node.class));
        shot(robot, "contacts");
        robot.clickOn(robot.lookup(".tab").nth(2).queryAs(javafx.scene.Node.class));
        shot(robot, "orders");
        robot.clickOn("#fieldHistoryTab");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#fieldHistory").queryTableView().getItems().isEmpty());
        shot(robot, "history");
        robot.clickOn("#editorCancel");
        robot.clickOn("#nav-today");
        shot(robot, "today");
        robot.clickOn("#nav-settings");
        shot(robot, "settings");
        robot.type(javafx.scene.input.KeyCode.F1);
        shot(robot, "shortcuts");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        robot.interact(() -> { });
        robot.clickOn("#nav-customers");
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.type(javafx.scene.input.KeyCode.DELETE);
        shot(robot, "confirm");
    }
}
