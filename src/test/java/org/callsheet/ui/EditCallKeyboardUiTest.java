package org.callsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.callsheet.logic.calls.CallFilter;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.Call;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.calls.CallBackend;
import org.callsheet.ui.calls.CallLine;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.shell.MainWindow;
import org.callsheet.ui.common.ShippedFonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window over a real database: a rep corrects a logged call with the keyboard only
 * (Ctrl+3, F2, Ctrl+1, Tab to the duration and needs, Enter); the call is changed in place, last
 * contact follows, and no reminder is planned.
 */
@ExtendWith(ApplicationExtension.class)
class EditCallKeyboardUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private CallBackend backend;
    private Customer beijing;
    private Call logged;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        backend = new CallBackend();
        beijing = backend.add("北京科技有限公司", CustomerStatus.BIG, "张明", "13800138000");
        backend.settings.put(Settings.SETUP_DONE, "true");
        backend.settings.put(Settings.REP_NAME, "王芳");
        Instant start = LocalDateTime.of(2026, 3, 2, 9, 30).atZone(CallBackend.ZONE).toInstant();
        logged = backend.calls.log().log(new Call(null, UUID.randomUUID().toString(), null, beijing.id(), null,
                "13800138000", null, null, start, 0, CallOutcome.NO_ANSWER, null, null, false, null, null, null, null,
                "王芳", null, null)).call();
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
    void aLoggedCallIsCorrectedWithTheKeyboardInPlaceWithoutANewReminder(FxRobot robot) throws Exception {
        waitFor(() -> window.status().isSearchReady());
        int followUps = backend.calls.followUps().openOf(beijing.id()).size();
        assertThat(backend.calls.log().history(beijing.id()).lastContact()).isNull();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#calls-table").tryQuery().isPresent());
        TableView<CallLine> table = robot.lookup("#calls-table").queryTableView();
        waitFor(() -> table.getSelectionModel().getSelectedItem() != null && table.isFocused());
        // the headless platform sends keys to the window under the pointer; nothing is clicked
        robot.moveTo(table);
        robot.type(KeyCode.F2);
        waitFor(() -> robot.lookup("#call-dialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo("#call-outcome");
        waitFor(() -> robot.lookup("#call-number").queryComboBox().getValue() != null
                && "13800138000".equals(robot.lookup("#call-number").queryComboBox().getValue()));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.type(KeyCode.TAB, 4).write("2:30");
        robot.type(KeyCode.TAB).write("要样品");
        robot.type(KeyCode.ENTER);

        waitFor(() -> robot.lookup("#call-dialog").tryQuery().isEmpty());
        assertThat(backend.calls.statistics().search(CallFilter.ALL)).singleElement().satisfies(call -> {
            assertThat(call.id()).isEqualTo(logged.id());
            assertThat(call.outcome()).isEqualTo(CallOutcome.CONNECTED);
            assertThat(call.durationSeconds()).isEqualTo(150);
            assertThat(call.needs()).isEqualTo("要样品");
            assertThat(call.startedAt()).isEqualTo(logged.startedAt());
        });
        assertThat(backend.calls.log().history(beijing.id()).lastContact()).isEqualTo(logged.startedAt());
        assertThat(backend.calls.followUps().openOf(beijing.id())).hasSize(followUps);
        waitFor(() -> table.getItems().size() == 1
                && table.getItems().getFirst().call().outcome() == CallOutcome.CONNECTED);
    }
}
