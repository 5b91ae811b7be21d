package org.callsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.callsheet.logic.settings.Settings;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserPreferences;
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
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless, over in-memory repositories: find, open, edit, save, see it. */
@ExtendWith(ApplicationExtension.class)
class CustomerBookUiTest {
    static {
        // JavaFX 26 brings its own headless glass platform (-Dglass.platform=Headless); TestFX's
        // headless switch would look for Monocle instead.
        System.clearProperty("testfx.headless");
    }

    private final TestBackend backend = new TestBackend().withSampleCustomers();
    private final AtomicBoolean exited = new AtomicBoolean();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        backend.settings.put(Settings.SETUP_DONE, "yes");
        backend.settings.put(Settings.REP_NAME, "王芳");
        backend.settings.put(Settings.LANGUAGE, "en");
        assertThat(ShippedFonts.loadForJavaFx()).contains(ShippedFonts.FAMILY);
        FxTaskRunner runner = new FxTaskRunner(2);
        UserPreferences preferences = UserPreferences.read(backend.settings, runner, Locale.US);
        window = new MainWindow(stage, backend.services(), runner, preferences, () -> exited.set(true));
        window.open();
    }

    /** Waits until the condition holds, asking it on the FX thread (the table's rows live there). */
    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void findsByPinyinInitialsEditsAndSeesTheChangeInTheTable(FxRobot robot) throws Exception {
        TableView<BookRow> table = robot.lookup("#customerTable").queryTableView();
        waitFor(() -> window.status().isSearchReady() && table.getItems().size() == 4);
        assertThat(robot.lookup("#statusCount").queryAs(Label.class).getText()).isEqualTo("4 customers");

        robot.clickOn("#customerSearch").write("bjkj");
        waitFor(() -> table.getItems().size() == 1 && table.getItems().getFirst().isLoaded());
        assertThat(table.getItems().getFirst().row().name()).isEqualTo("北京科技有限公司");
        assertThat(robot.lookup("#shownCount").queryAs(Label.class).getText()).isEqualTo("1 shown");

        robot.doubleClickOn(robot.lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitFor(() -> robot.lookup("#editorName").tryQuery().isPresent()
                && "北京科技有限公司".equals(robot.lookup("#editorName").queryAs(TextField.class).getText()));
        TextField name = robot.lookup("#editorName").queryAs(TextField.class);
        robot.clickOn(name).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("北京科技集团");
        assertThat(name.getText()).isEqualTo("北京科技集团");

        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(javafx.scene.Node.class));
        robot.clickOn("#addContact");
        waitFor(() -> robot.lookup("#contactName").tryQuery().isPresent());
        robot.clickOn("#contactMobile").write("12");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("OK"))
                .queryAs(javafx.scene.control.Button.class));
        javafx.scene.Node contactDialog = robot.lookup("#contactName").query().getScene().getRoot();
        assertThat(robot.from(contactDialog).lookup("#error-name").queryAs(Label.class).getText())
                .isEqualTo("Enter the name of the contact.");
        assertThat(robot.from(contactDialog).lookup("#error-mobile").queryAs(Label.class).getText())
                .isEqualTo("This is not a phone number.");
        robot.clickOn("#contactName").write("赵敏");
        robot.clickOn("#contactMobile").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("139-1234-5678");
        assertThat(robot.from(contactDialog).lookup("#error-mobile").query().isVisible()).isFalse();
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("OK"))
                .queryAs(javafx.scene.control.Button.class));
        waitFor(() -> robot.lookup("#contactsTable").queryTableView().getItems().size() == 2);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitFor(() -> table.getItems().size() == 1 && table.getItems().getFirst().isLoaded()
                && table.getItems().getFirst().row().name().equals("北京科技集团"));
        waitFor(() -> robot.lookup("#editorName").tryQuery().isEmpty());
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).isEqualTo("Saved 北京科技集团");
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        long id = table.getItems().getFirst().id();
        assertThat(backend.repository.findById(id).orElseThrow().name()).isEqualTo("北京科技集团");
        assertThat(backend.repository.contactsOf(id)).extracting(c -> c.name() + " " + c.mobile().normalized())
                .contains("赵敏 +8613912345678");
    }

    @Test
    void deletesAfterAskingAndUndoesWithCtrlZ(FxRobot robot) throws Exception {
        TableView<BookRow> table = robot.lookup("#customerTable").queryTableView();
        waitFor(() -> table.getItems().size() == 4 && table.getItems().getFirst().isLoaded());
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        String name = table.getSelectionModel().getSelectedItem().row().name();
        robot.type(KeyCode.DELETE);
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("Delete"))
                .queryAs(javafx.scene.control.Button.class));
        waitFor(() -> table.getItems().size() == 3);
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).isEqualTo("Deleted " + name);
        assertThat(robot.lookup("#statusUndo").query().isVisible()).isTrue();

        robot.clickOn("#customerTable");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitFor(() -> table.getItems().size() == 4);
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).isEqualTo("Restored " + name);

        robot.clickOn("#customerSearch").write("zzz");
        waitFor(() -> table.getItems().isEmpty());
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo("No customers match.");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> table.getItems().size() == 4);
        robot.write("shmy");
        waitFor(() -> table.getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#editorName").tryQuery()
                .map(n -> ((TextField) n).getText().equals("上海贸易公司")).orElse(false));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#editorName").tryQuery().isEmpty());
    }

    @Test
    void theStatusHeaderSortsBestFirstThenWorstFirstAndTheArrowStaysWithTheNewRows(FxRobot robot) throws Exception {
        TableView<BookRow> table = robot.lookup("#customerTable").queryTableView();
        waitFor(() -> table.getItems().size() == 4 && table.getItems().getFirst().isLoaded());
        assertThat(sortOrderOf(table)).as("the model's order shows from the start").isEqualTo("Name ASCENDING");

        clickHeader(robot, table, "Status");
        waitFor(() -> table.getItems().get(1).isLoaded() && "上海贸易公司".equals(table.getItems().get(1).row().name()));
        assertThat(firstName(table)).as("big before small").isEqualTo("北京科技有限公司");
        assertThat(sortOrderOf(table)).as("still sorted by status with the new rows").isEqualTo("Status ASCENDING");

        clickHeader(robot, table, "Status");
        waitFor(() -> table.getItems().getFirst().isLoaded() && "宁波港口物流".equals(firstName(table)));
        assertThat(sortOrderOf(table)).isEqualTo("Status DESCENDING");

        clickHeader(robot, table, "Status");
        waitFor(() -> window.customers().sortProperty().get().equals(org.callsheet.logic.customers.CustomerSort.DEFAULT));
        waitFor(() -> "Name ASCENDING".equals(sortOrderOf(table)));
    }

    /**
     * What a click on a column header does (TableColumnHeader.sortColumn). The headless platform
     * marks every press as a popup trigger, which the header ignores, so the robot cannot click it.
     */
    private static void clickHeader(FxRobot robot, TableView<BookRow> table, String text) {
        robot.interact(() -> {
            javafx.scene.control.TableColumn<BookRow, ?> column = table.getColumns().stream()
                    .filter(c -> c.getText().equals(text)).findFirst().orElseThrow();
            if (table.getSortOrder().size() == 1 && table.getSortOrder().getFirst() == column) {
                if (column.getSortType() == javafx.scene.control.TableColumn.SortType.ASCENDING) {
                    column.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
                } else {
                    table.getSortOrder().clear();
                }
            } else {
                column.setSortType(javafx.scene.control.TableColumn.SortType.ASCENDING);
                table.getSortOrder().setAll(java.util.List.of(column));
            }
        });
    }

    private static String sortOrderOf(TableView<BookRow> table) {
        return table.getSortOrder().stream().map(c -> c.getText() + " " + c.getSortType())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String firstName(TableView<BookRow> table) {
        return table.getItems().getFirst().row().name();
    }

    @Test
    void navigatesToComingScreensAndSwitchesLanguage(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#coming-calls").tryQuery().isPresent());
        robot.clickOn("#nav-settings");
        TextField repName = robot.lookup("#settingsRepName").queryAs(TextField.class);
        assertThat(repName.getText()).isEqualTo("王芳");
        robot.interact(() -> robot.lookup("#settingsLanguage")
                .queryComboBox().getSelectionModel().select(org.callsheet.ui.i18n.Language.SIMPLIFIED_CHINESE));
        robot.clickOn("#settingsSave");
        waitFor(() -> robot.lookup("#nav-customers").tryQuery()
                .map(n -> ((javafx.scene.control.ToggleButton) n).getText().equals("客户")).orElse(false));
        assertThat(backend.settings.get(Settings.LANGUAGE, "")).isEqualTo("zh-CN");
        assertThat(robot.lookup("#settingsRepName").tryQuery()).isPresent();
        assertThat(window.status().searchProgressProperty().get()).isEqualTo(StatusModel.SEARCH_READY);

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        waitFor(exited::get);
        assertThat(window.placement().width()).isPositive();
        assertThat(Window.getWindows()).noneMatch(Window::isShowing);
    }
}
