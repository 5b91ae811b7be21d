package org.callsheet.ui.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.Customer;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityStatus;
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

/** The real window, headless: the board's cards move with Ctrl+→ and Ctrl+←, and Won closes one. */
@ExtendWith(ApplicationExtension.class)
class FunnelBoardUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private final FunnelBackend backend = new FunnelBackend();
    private Opportunity erp;
    private Opportunity crm;
    private Opportunity longNames;

    @Start
    void start(Stage stage) {
        Customer beijing = backend.customer("北京科技有限公司");
        erp = backend.open(beijing, "ERP 升级", "10000", org.callsheet.model.Stage.LEAD);
        crm = backend.open(beijing, "CRM 系统", "20000", org.callsheet.model.Stage.QUOTE);
        longNames = backend.open(backend.customer("济南市天翔文化传播有限公司历下区第一营业部"),
                "年度采购 一期 二期 三期 设备与服务 续约", "34000", org.callsheet.model.Stage.NEGOTIATION);
        backend.settings.put(Settings.SETUP_DONE, "yes");
        backend.settings.put(Settings.LANGUAGE, "en");
        ShippedFonts.loadForJavaFx();
        FxTaskRunner runner = new FxTaskRunner(2);
        UserPreferences preferences = UserPreferences.read(backend.settings, runner, Locale.US);
        new MainWindow(stage, backend.services(), runner, preferences, () -> { }).open();
    }

    @AfterEach
    void close() {
        backend.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private static boolean holds(ListView<OpportunityCard> column, Opportunity o) {
        return column.getItems().stream().anyMatch(card -> card.id() == o.id());
    }

    @Test
    void aCardWhoseNamesWrapIsAsTallAsItsLines(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#nav-funnel").tryQuery().isPresent());
        robot.clickOn("#nav-funnel");
        waitFor(() -> robot.lookup("#card-" + longNames.id()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.ListCell<?> cell = robot.lookup("#card-" + longNames.id()).queryAs(
                javafx.scene.control.ListCell.class);
        double[] heights = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.layout.Region card = (javafx.scene.layout.Region) cell.getGraphic();
            return new double[] {cell.getHeight(), card.prefHeight(card.getWidth()), card.getBoundsInParent().getMinY()};
        }).get();
        assertThat(heights[0]).as("the cell holds the whole card").isGreaterThanOrEqualTo(heights[1]);
        assertThat(heights[2]).as("the card starts inside its cell").isGreaterThanOrEqualTo(0);
    }

    @Test
    void ctrlArrowsMoveTheSelectedCardAndWonClosesIt(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#nav-funnel").tryQuery().isPresent());
        robot.clickOn("#nav-funnel");
        waitFor(() -> robot.lookup("#board-lead").tryQuery().isPresent());
        ListView<OpportunityCard> lead = robot.lookup("#board-lead").queryListView();
        ListView<OpportunityCard> opportunity = robot.lookup("#board-opportunity").queryListView();
        ListView<OpportunityCard> quote = robot.lookup("#board-quote").queryListView();
        waitFor(() -> holds(lead, erp) && holds(quote, crm));

        robot.clickOn("#card-" + erp.id());
        robot.press(KeyCode.CONTROL).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.CONTROL);
        waitFor(() -> holds(opportunity, erp) && !holds(lead, erp));
        assertThat(backend.opportunities.get(erp.id()).stage()).isEqualTo(org.callsheet.model.Stage.OPPORTUNITY);
        // the moved card keeps the selection and the keyboard, so it moves on at once
        waitFor(opportunity::isFocused);
        robot.press(KeyCode.CONTROL).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.CONTROL);
        waitFor(() -> quote.getItems().size() == 2);
        waitFor(quote::isFocused);
        robot.press(KeyCode.CONTROL).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.CONTROL);
        waitFor(() -> holds(opportunity, erp));
        assertThat(backend.opportunities.history(erp.id())).extracting(c -> c.toStage()).containsExactly(
                org.callsheet.model.Stage.LEAD, org.callsheet.model.Stage.OPPORTUNITY, org.callsheet.model.Stage.QUOTE,
                org.callsheet.model.Stage.OPPORTUNITY);

        robot.clickOn("#card-" + crm.id());
        robot.clickOn("#board-won");
        waitFor(() -> quote.getItems().isEmpty());
        assertThat(backend.opportunities.get(crm.id()).state().status()).isEqualTo(OpportunityStatus.WON);
    }
}
