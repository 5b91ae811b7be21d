package org.callsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.callsheet.logic.calls.CallFilter;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.calls.CallBackend;
import org.callsheet.ui.common.ShippedFonts;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+L works in the customer's window too, for that customer, and the call shows in its history. */
@ExtendWith(ApplicationExtension.class)
class LogCallFromEditorUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private CallBackend backend;
    private Customer beijing;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        backend = new CallBackend();
        beijing = backend.add("北京科技有限公司", CustomerStatus.BIG, "张明", "13800138000");
        backend.add("上海贸易公司", CustomerStatus.SMALL, "李娜", "13912345678");
        backend.settings.put(Settings.SETUP_DONE, "true");
        backend.settings.put(Settings.REP_NAME, "王芳");
        UiServices services = UiServices.builder(backend.customers, backend.book, backend.settings, backend.clock)
                .version("test").calls(backend.calls).build();
        ShippedFonts.loadForJavaFx();
        FxTaskRunner runner = new FxTaskRunner(2);
        window = new MainWindow(stage, services, runner, UserPreferences.read(backend.settings, runner, Locale.US),
                () -> { });
        window.open();
    }

    @AfterEach
    void closeDatabase() {
        backend.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void ctrlLInTheCustomersWindowLogsACallToThatCustomer(FxRobot robot) throws Exception {
        waitFor(() -> window.status().isSearchReady());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("bjkj");
        TableView<?> table = robot.lookup("#customerTable").queryTableView();
        waitFor(() -> table.getItems().size() == 1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#call-history").tryQuery().isPresent());
        TextField name = robot.lookup("#editorName").queryAs(TextField.class);
        waitFor(() -> "北京科技有限公司".equals(name.getText()));
        // the headless platform sends keys to the window under the pointer: the customer's window
        robot.moveTo("#editorName");

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#call-customer").tryQuery().isPresent());
        ComboBox<?> number = robot.lookup("#call-number").queryComboBox();
        waitFor(() -> "13800138000".equals(number.getValue()));
        robot.moveTo("#call-number");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.type(KeyCode.ENTER);

        waitFor(() -> robot.lookup("#call-dialog").tryQuery().isEmpty());
        assertThat(backend.calls.statistics().search(CallFilter.ALL)).singleElement().satisfies(call -> {
            assertThat(call.customerId()).isEqualTo(beijing.id());
            assertThat(call.outcome()).isEqualTo(CallOutcome.NO_ANSWER);
        });
        TableView<?> history = robot.lookup("#call-history").queryTableView();
        waitFor(() -> history.getItems().size() == 1);
    }
}
