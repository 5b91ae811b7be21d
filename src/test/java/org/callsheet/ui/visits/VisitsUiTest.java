package org.callsheet.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.callsheet.logic.settings.Settings;
import org.callsheet.ui.UiServices;
import org.callsheet.ui.common.ShippedFonts;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.shell.MainWindow;
import org.callsheet.ui.testing.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: open Visits, put the candidates on the plan, reorder by keyboard, undo, save. */
@ExtendWith(ApplicationExtension.class)
class VisitsUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private final TestBackend backend = new TestBackend();
    private final MemoryVisitsBackend visits = new MemoryVisitsBackend(VisitFixtures.shanghai());

    @Start
    void start(Stage stage) {
        backend.settings.put(Settings.SETUP_DONE, "yes");
        backend.settings.put(Settings.LANGUAGE, "en");
        ShippedFonts.loadForJavaFx();
        ShippedFonts.registerWithAwt();
        FxTaskRunner runner = new FxTaskRunner(2);
        UserPreferences preferences = UserPreferences.read(backend.settings, runner, Locale.US);
        UiServices services = UiServices.builder(backend.service, backend.book, backend.settings, TestBackend.CLOCK)
                .version("0.1.0-test").demoData((n, p, c) -> 0).shutdown(() -> { }).visits(visits).build();
        new MainWindow(stage, services, runner, preferences, () -> { }).open();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void planningTheDayWithTheMouseAndTheKeyboard(FxRobot robot) throws Exception {
        robot.clickOn("#nav-visits");
        waitFor(() -> robot.lookup("#candidateList").tryQuery().isPresent());
        ListView<?> candidates = robot.lookup("#candidateList").queryListView();
        waitFor(() -> candidates.getItems().size() == 5);
        assertThat(robot.lookup("#unlocatedList").queryListView().getItems()).hasSize(1);
        assertThat(robot.lookup("#printDay").tryQuery().map(n -> n.isVisible()).orElse(false)).isFalse();
        // built without the sales funnel: no opportunity to open from a visit
        assertThat(robot.lookup("#visitOpportunity").tryQuery().map(n -> n.isVisible()).orElse(false)).isFalse();

        robot.clickOn("#addAllCandidates");
        TableView<PlanStop> table = robot.lookup("#planTable").queryTableView();
        waitFor(() -> table.getItems().size() == 5);
        Label totals = robot.lookup("#planTotals").queryAs(Label.class);
        assertThat(totals.getText()).startsWith("5 stops").contains("km");

        long first = table.getItems().get(0).customerId();
        long second = table.getItems().get(1).customerId();
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        robot.clickOn(table.lookup(".table-row-cell"));
        robot.press(KeyCode.ALT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.ALT);
        waitFor(() -> table.getItems().get(1).customerId() == first);
        assertThat(table.getItems().get(0).customerId()).isEqualTo(second);

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> table.getItems().get(0).customerId() == first);

        robot.clickOn("#savePlan");
        waitFor(() -> visits.visits.onDay(TestBackend.CLOCK.instant().atZone(TestBackend.CLOCK.getZone())
                .toLocalDate()).size() == 5);
        waitFor(() -> robot.lookup("#visitsMessage").queryAs(Label.class).getText().startsWith("Saved: 5 visits"));
        assertThat(robot.lookup("#dayChart").tryQuery()).isPresent();
    }
}
