package org.callsheet.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.shell.MainWindow;
import org.callsheet.ui.common.ShippedFonts;
import org.callsheet.ui.testing.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** On a narrow window every column of the customer table stays reachable; widths are remembered. */
@ExtendWith(ApplicationExtension.class)
class CustomerTableColumnsUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private final TestBackend backend = new TestBackend().withSampleCustomers();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        backend.add("深圳长江电子有限公司", CustomerStatus.BIG, "广东省", "深圳市", "南山区", "王芳", List.of(),
                "+86 138 4818 8888");
        backend.settings.put(Settings.SETUP_DONE, "yes");
        backend.settings.put(Settings.LANGUAGE, "en");
        backend.settings.put("ui.customerTable.columns", "owner=150");
        ShippedFonts.loadForJavaFx();
        FxTaskRunner runner = new FxTaskRunner(2);
        UserPreferences preferences = UserPreferences.read(backend.settings, runner, Locale.US);
        new MainWindow(stage, backend.services(), runner, preferences, () -> { }).open();
        stage.setWidth(1024);
        stage.setHeight(700);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private static TableColumn<?, ?> column(TableView<?> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @Test
    void aNarrowWindowScrollsSidewaysAndTheMenuHidesColumns(FxRobot robot) throws Exception {
        TableView<BookRow> table = robot.lookup("#customerTable").queryTableView();
        waitFor(() -> table.getItems().size() == 5 && table.getItems().stream().allMatch(BookRow::isLoaded));
        WaitForAsyncUtils.waitForFxEvents();

        double columns = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(columns).as("the columns keep their widths").isGreaterThan(table.getWidth());
        ScrollBar horizontal = robot.lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()).findFirst().orElseThrow();
        assertThat(horizontal.getMax()).as("the last columns are a scroll away").isGreaterThan(0);
        assertThat(table.isTableMenuButtonVisible()).isTrue();
        assertThat(column(table, "owner").getWidth()).as("the remembered width").isEqualTo(150);
    }

    @Test
    void thePhoneColumnShowsAWholeNumberAndItsWidthIsRemembered(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setWidth(1600));
        TableView<BookRow> table = robot.lookup("#customerTable").queryTableView();
        waitFor(() -> table.getItems().size() == 5 && table.getItems().stream().allMatch(BookRow::isLoaded));
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> cell = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> "+86 138 4818 8888".equals(c.getText())).findFirst().orElseThrow();
        Text shown = (Text) ((Node) cell).lookup(".text");
        assertThat(shown.getText()).as("not cut off").isEqualTo("+86 138 4818 8888");

        robot.interact(() -> column(table, "phone").setPrefWidth(230));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> backend.settings.get("ui.customerTable.columns", "").contains("phone=230"));
        assertThat(backend.settings.get("ui.customerTable.columns", "")).contains("owner=150");
    }
}
