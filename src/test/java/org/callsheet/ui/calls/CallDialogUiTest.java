package org.callsheet.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.callsheet.logic.calls.OutcomeChoice;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.common.ShippedFonts;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Esc in the call dialog asks before it throws away what the rep typed; the follow-up has a picker. */
@ExtendWith(ApplicationExtension.class)
class CallDialogUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private CallBackend backend;
    private CallDialogViewModel model;

    @Start
    void start(Stage stage) {
        ShippedFonts.loadForJavaFx();
        backend = new CallBackend();
        long beijing = backend.add("北京科技有限公司", CustomerStatus.BIG, "张明", "13800138000").id();
        model = new CallDialogViewModel(backend.calls, backend.book, backend.customers,
                OutcomeChoices.from(backend.settings), new FxTaskRunner(1), backend.clock, new StatusModel(), "王芳");
        model.startFor(beijing);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 320, 200));
        stage.show();
        new CallDialog(model, new I18n(Language.ENGLISH), stage, number -> Dialer.Result.COPIED,
                CallBackend.ZONE, call -> { }).show();
    }

    @AfterEach
    void closeDatabase() {
        backend.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void escAsksBeforeDiscardingTypedNotes(FxRobot robot) throws Exception {
        waitFor(() -> "13800138000".equals(model.numberProperty().get()));
        TextArea notes = robot.lookup("#call-notes").queryAs(TextArea.class);
        robot.moveTo(notes);
        robot.clickOn(notes).write("quote by Friday");
        waitFor(() -> "quote by Friday".equals(notes.getText()));

        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("Discard").tryQuery().isPresent());
        assertThat(robot.lookup(org.testfx.matcher.control.LabeledMatchers.hasText(
                "Discard it and close the window?")).tryQuery()).as("no timer runs, so none is mentioned").isPresent();
        robot.moveTo("Discard");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#call-dialog").tryQuery()).isPresent();
        assertThat(notes.getText()).isEqualTo("quote by Friday");

        robot.moveTo(notes);
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("Discard").tryQuery().isPresent());
        robot.clickOn("Discard");
        waitFor(() -> robot.lookup("#call-dialog").tryQuery().isEmpty());
    }

    @Test
    void theFollowUpIsPickedWithADateAndATime(FxRobot robot) throws Exception {
        waitFor(() -> "13800138000".equals(model.numberProperty().get()));
        WaitForAsyncUtils.asyncFx(() -> model.outcomeProperty().set(OutcomeChoice.of(CallOutcome.NO_ANSWER))).get();
        DatePicker date = robot.lookup("#call-follow-up-at-date").queryAs(DatePicker.class);
        waitFor(() -> java.time.LocalDate.of(2026, 3, 2).equals(date.getValue()));

        WaitForAsyncUtils.asyncFx(() -> date.setValue(java.time.LocalDate.of(2026, 3, 5))).get();

        assertThat(model.followUpAtProperty().get()).isEqualTo("2026-03-05 12:00");
    }

    @Test
    void withNothingEnteredEscClosesAtOnce(FxRobot robot) throws Exception {
        waitFor(() -> "13800138000".equals(model.numberProperty().get()));
        robot.moveTo("#call-notes");
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#call-dialog").tryQuery().isEmpty());
    }
}
