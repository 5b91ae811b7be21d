package org.callsheet.ui.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.callsheet.logic.funnel.FunnelService;
import org.callsheet.logic.funnel.LostReasonList;
import org.callsheet.logic.funnel.OpportunityFilter;
import org.callsheet.logic.funnel.OpportunityService;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunitySource;
import org.callsheet.persistence.JooqOpportunityRepository;
import org.callsheet.ui.calls.CallBackend;
import org.callsheet.ui.calls.CallDialog;
import org.callsheet.ui.calls.CallDialogViewModel;
import org.callsheet.ui.calls.Dialer;
import org.callsheet.ui.calls.OutcomeChoices;
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

/** Where the rep noted interest in a call, "Open an opportunity" opens the opportunity dialog for that customer, source call. */
@ExtendWith(ApplicationExtension.class)
class CallOpensOpportunityUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private CallBackend backend;
    private CallDialogViewModel model;
    private OpportunityService opportunities;
    private long beijing;

    @Start
    void start(Stage stage) {
        ShippedFonts.loadForJavaFx();
        backend = new CallBackend();
        beijing = backend.add("北京科技有限公司", CustomerStatus.BIG, "张明", "13800138000").id();
        JooqOpportunityRepository store = new JooqOpportunityRepository(backend.database.dsl());
        opportunities = new OpportunityService(store, backend.settings, backend.clock);
        FxTaskRunner runner = new FxTaskRunner(1);
        I18n english = new I18n(Language.ENGLISH);
        FunnelScreens funnel = new FunnelScreens(new FunnelTools(opportunities, new FunnelService(store, CallBackend.ZONE),
                new LostReasonList(backend.settings)), backend.book, runner, new StatusModel(), backend.clock, stage,
                () -> english, () -> "王芳");
        model = new CallDialogViewModel(backend.calls, backend.book, backend.customers,
                OutcomeChoices.from(backend.settings), runner, backend.clock, new StatusModel(), "王芳");
        model.startFor(beijing);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 320, 200));
        stage.show();
        CallDialog dialog = new CallDialog(model, english, stage, number -> Dialer.Result.COPIED, CallBackend.ZONE,
                call -> { });
        dialog.offerOpportunity((customerId, title, nextStep, owner) -> funnel.openNew(
                new OpportunityDraft(customerId, OpportunitySource.CALL, title, nextStep), owner, () -> { }));
        dialog.show();
    }

    @AfterEach
    void closeDatabase() {
        backend.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void theNotedInterestOpensAnOpportunityForTheCustomer(FxRobot robot) throws Exception {
        waitFor(() -> model.picker().chosenProperty().get() != null);
        Button open = robot.lookup("#call-open-opportunity").queryButton();
        assertThat(open.isDisabled()).isTrue();
        WaitForAsyncUtils.asyncFx(() -> {
            model.interestProperty().set(4);
            model.needsProperty().set("20 laptops");
            model.nextStepProperty().set("send a quote");
        }).get();
        waitFor(() -> !open.isDisabled());

        robot.clickOn(open);
        waitFor(() -> robot.lookup("#opportunity-dialog").tryQuery().isPresent());
        waitFor(() -> "北京科技有限公司".equals(robot.lookup("#opportunity-customer").queryAs(TextField.class).getText()));
        assertThat(robot.lookup("#opportunity-title").queryAs(TextField.class).getText()).isEqualTo("20 laptops");
        assertThat(robot.lookup("#opportunity-next-step").queryAs(TextField.class).getText()).isEqualTo("send a quote");
        robot.clickOn("#opportunity-amount").write("36000");
        robot.clickOn("#opportunity-save");

        waitFor(() -> robot.lookup("#opportunity-dialog").tryQuery().isEmpty());
        Opportunity stored = opportunities.search(OpportunityFilter.ofCustomer(beijing)).getFirst().opportunity();
        assertThat(stored.terms().source()).isEqualTo(OpportunitySource.CALL);
        assertThat(stored.terms().amount()).isEqualByComparingTo("36000");
        assertThat(stored.terms().owner()).isEqualTo("王芳");
        assertThat(robot.lookup("#call-dialog").tryQuery()).isPresent();
    }
}
