package org.callsheet.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.ChangeSource;
import org.callsheet.model.CustomerField;
import org.callsheet.model.CustomerFieldChange;
import org.callsheet.model.FieldChange;
import org.callsheet.ui.common.ShippedFonts;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.customers.BookRow;
import org.callsheet.ui.shell.MainWindow;
import org.callsheet.ui.testing.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: rename a customer, open it again, and the History tab shows the change. */
@ExtendWith(ApplicationExtension.class)
class FieldHistoryUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private final TestBackend backend = new TestBackend().withSampleCustomers();

    @Start
    void start(Stage stage) {
        backend.settings.put(Settings.SETUP_DONE, "yes");
        backend.settings.put(Settings.REP_NAME, "王芳");
        backend.settings.put(Settings.LANGUAGE, "en");
        ShippedFonts.loadForJavaFx();
        FxTaskRunner runner = new FxTaskRunner(2);
        UserPreferences preferences = UserPreferences.read(backend.settings, runner, Locale.US);
        new MainWindow(stage, backend.services(), runner, preferences, () -> { }).open();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private void openFirstCustomer(FxRobot robot, String name) throws Exception {
        robot.doubleClickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        waitFor(() -> robot.lookup("#editorName").tryQuery().isPresent()
                && name.equals(robot.lookup("#editorName").queryAs(TextField.class).getText()));
    }

    @Test
    void aSavedRenameShowsInTheHistoryTabWithTheRepAndAnImportsChangeWithItsFile(FxRobot robot) throws Exception {
        TableView<BookRow> table = robot.lookup("#customerTable").queryTableView();
        waitFor(() -> table.getItems().size() == 4 && table.getItems().getFirst().isLoaded());
        robot.clickOn("#customerSearch").write("bjkj");
        waitFor(() -> table.getItems().size() == 1 && table.getItems().getFirst().isLoaded());
        long id = table.getItems().getFirst().id();
        backend.repository.addHistory(id, Instant.parse("2026-02-01T02:00:00Z"),
                ChangeSource.importBatch(3, "客户名单.csv"), new FieldChange(CustomerField.INDUSTRY, "", "软件"));

        openFirstCustomer(robot, "北京科技有限公司");
        TextField name = robot.lookup("#editorName").queryAs(TextField.class);
        robot.clickOn(name).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("北京科技集团");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#editorName").tryQuery().isEmpty()
                && table.getItems().getFirst().row().name().equals("北京科技集团"));

        openFirstCustomer(robot, "北京科技集团");
        robot.clickOn(robot.lookup(".tab").lookup((Node n) -> n.lookup(".tab-label") instanceof javafx.scene.control.Label l
                && "History".equals(l.getText())).queryAs(Node.class));
        TableView<CustomerFieldChange> history = robot.lookup("#fieldHistory").queryTableView();
        waitFor(() -> history.getItems().size() == 2);

        assertThat(cells(robot, 0)).containsExactly("王芳", "Name", "北京科技有限公司  →  北京科技集团");
        assertThat(cells(robot, 1)).containsExactly("import 客户名单.csv", "Industry", "(empty)  →  软件");
        assertThat(robot.lookup("#historyMore").query().isVisible()).isFalse();
    }

    /** The who, field and change cells of a shown row (the time depends on the machine's zone). */
    private static java.util.List<String> cells(FxRobot robot, int row) {
        Node rowNode = robot.lookup("#fieldHistory .table-row-cell").nth(row).query();
        return robot.from(rowNode).lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .skip(1).map(c -> c.getText() == null ? "" : c.getText()).toList();
    }
}
