package org.callsheet.ui.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.callsheet.logic.funnel.FunnelSettings;
import org.callsheet.logic.funnel.OpportunityFilter;
import org.callsheet.model.Customer;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunitySource;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.Stage;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The opportunity dialog's model over a real database, work on the calling thread. */
class OpportunityDialogViewModelTest {
    private final FunnelBackend backend = new FunnelBackend();
    private final Customer beijing = backend.customer("北京科技有限公司");
    private final List<Opportunity> saved = new ArrayList<>();

    @AfterEach
    void close() {
        backend.close();
    }

    private OpportunityDialogViewModel dialog() {
        return new OpportunityDialogViewModel(backend.tools, backend.book, new SameThreadTaskRunner());
    }

    private OpportunityDialogViewModel newFor(Customer customer) {
        OpportunityDialogViewModel model = dialog();
        model.startNew(OpportunityDraft.manual(customer.id()), "王芳");
        return model;
    }

    @Test
    void aNewOpportunityNeedsACustomerATitleAndAnAmountThatIsMoney() {
        backend.loadIndex();
        OpportunityDialogViewModel model = dialog();
        model.startNew(OpportunityDraft.manual(null), "王芳");
        model.amountProperty().set("abc");

        model.save(saved::add);

        assertThat(model.errors()).containsEntry("customer", "funnel.dialog.error.customer")
                .containsEntry("title", "funnel.problem.TITLE_REQUIRED")
                .containsEntry("amount", "funnel.dialog.error.amount");
        for (String[] typed : new String[][] {{"-5", "funnel.problem.NEGATIVE_AMOUNT"},
                {"12.345", "funnel.dialog.error.cents"}, {"1000000000000000", "funnel.problem.AMOUNT_TOO_LARGE"}}) {
            model.amountProperty().set(typed[0]);
            assertThat(model.errors()).as(typed[0]).containsEntry("amount", typed[1]);
        }
        model.amountProperty().set("12,800.50");
        assertThat(model.errors()).doesNotContainKey("amount");
        assertThat(saved).isEmpty();
        assertThat(backend.opportunities.search(OpportunityFilter.all())).isEmpty();
    }

    @Test
    void onlyWhatTheRepTypedCountsAsUnsavedInput() {
        OpportunityDialogViewModel model = newFor(beijing);
        assertThat(model.hasUnsavedInput()).isFalse();

        model.titleProperty().set("年度采购");
        assertThat(model.hasUnsavedInput()).isTrue();

        model.titleProperty().set("");
        assertThat(model.hasUnsavedInput()).isFalse();
    }

    @Test
    void theProbabilityFollowsTheStageUntilTheRepTypesAnother() {
        OpportunityDialogViewModel model = newFor(beijing);
        assertThat(model.probabilityProperty().get()).isEqualTo("10");

        model.stageProperty().set(Stage.QUOTE);
        assertThat(model.probabilityProperty().get()).isEqualTo("40");

        model.probabilityProperty().set("55");
        model.stageProperty().set(Stage.NEGOTIATION);
        assertThat(model.probabilityProperty().get()).isEqualTo("55");

        model.probabilityProperty().set("101");
        model.titleProperty().set("ERP");
        model.amountProperty().set("1");
        model.save(saved::add);
        assertThat(model.errors()).containsEntry("probability", "funnel.problem.PROBABILITY_RANGE");
    }

    @Test
    void savesANewOpportunityAtTheChosenStageWithTheTypedProbability() {
        OpportunityDialogViewModel model = newFor(beijing);
        assertThat(model.picker().chosenProperty().get().name()).isEqualTo("北京科技有限公司");
        model.titleProperty().set("ERP 升级");
        model.amountProperty().set("12,800.50");
        model.stageProperty().set(Stage.QUOTE);
        model.probabilityProperty().set("45");
        model.nextStepProperty().set("发报价单");

        model.save(saved::add);

        assertThat(model.errors()).isEmpty();
        assertThat(saved).hasSize(1);
        Opportunity stored = backend.opportunities.get(saved.getFirst().id());
        assertThat(stored.terms().amount()).isEqualByComparingTo(new BigDecimal("12800.50"));
        assertThat(stored.terms().owner()).isEqualTo("王芳");
        assertThat(stored.terms().source()).isEqualTo(OpportunitySource.MANUAL);
        assertThat(stored.stage()).isEqualTo(Stage.QUOTE);
        assertThat(stored.state().probability()).isEqualTo(45);
        assertThat(stored.customerId()).isEqualTo(beijing.id());
        assertThat(model.history()).as("one write: the typed probability with it").extracting(c -> c.toStage())
                .containsExactly(Stage.QUOTE);
        assertThat(stored.stageDates().at(Stage.LEAD)).isNull();
    }

    @Test
    void aCallOpensAnOpportunityWithTheCustomerAndWhatWasNoted() {
        OpportunityDialogViewModel model = dialog();
        model.startNew(new OpportunityDraft(beijing.id(), OpportunitySource.CALL, "需要 20 台电脑", "下周报价"), "王芳");

        assertThat(model.picker().chosenProperty().get().id()).isEqualTo(beijing.id());
        assertThat(model.sourceProperty().get()).isEqualTo(OpportunitySource.CALL);
        assertThat(model.titleProperty().get()).isEqualTo("需要 20 台电脑");
        assertThat(model.nextStepProperty().get()).isEqualTo("下周报价");
        model.amountProperty().set("80000");
        model.save(saved::add);
        assertThat(backend.opportunities.get(saved.getFirst().id()).terms().source()).isEqualTo(OpportunitySource.CALL);
    }

    @Test
    void editingMovesTheStageAndTheHistoryShowsEveryChange() {
        Opportunity o = backend.open(beijing, "ERP", "10000", Stage.LEAD);
        OpportunityDialogViewModel model = dialog();
        model.load(o.id());
        assertThat(model.isNew()).isFalse();
        assertThat(model.titleProperty().get()).isEqualTo("ERP");
        assertThat(model.picker().chosenProperty().get().id()).isEqualTo(beijing.id());

        model.amountProperty().set("15000");
        model.stageProperty().set(Stage.NEGOTIATION);
        model.save(saved::add);

        Opportunity stored = backend.opportunities.get(o.id());
        assertThat(stored.stage()).isEqualTo(Stage.NEGOTIATION);
        assertThat(stored.state().probability()).isEqualTo(60);
        assertThat(stored.terms().amount()).isEqualByComparingTo("15000");
        assertThat(model.history()).as("opened, then one save of amount and stage").hasSize(2);
        assertThat(model.history().getLast().fromStage()).isEqualTo(Stage.LEAD);
        assertThat(model.history().getLast().toStage()).isEqualTo(Stage.NEGOTIATION);
    }

    @Test
    void losingNeedsAReasonAndANewReasonJoinsTheList() {
        Opportunity o = backend.open(beijing, "ERP", "10000", Stage.QUOTE);
        OpportunityDialogViewModel model = dialog();
        model.load(o.id());

        model.lose("  ", saved::add);
        assertThat(model.errors()).containsEntry("form", "funnel.problem.LOST_REASON_REQUIRED");
        assertThat(backend.opportunities.get(o.id()).isOpen()).isTrue();

        model.lose("老板换人了", saved::add);
        Opportunity lost = backend.opportunities.get(o.id());
        assertThat(lost.state().status()).isEqualTo(OpportunityStatus.LOST);
        assertThat(lost.state().lostReason()).isEqualTo("老板换人了");
        assertThat(lost.stage()).isEqualTo(Stage.QUOTE);
        assertThat(model.lostReasons()).endsWith("老板换人了").containsAll(FunnelSettings.BUILT_IN_REASONS);

        model.reopen(saved::add);
        assertThat(backend.opportunities.get(o.id()).isOpen()).isTrue();
        model.win(saved::add);
        Opportunity won = backend.opportunities.get(o.id());
        assertThat(won.state().status()).isEqualTo(OpportunityStatus.WON);
        assertThat(won.stage()).isEqualTo(Stage.INVOICE);
        assertThat(saved).hasSize(3);
    }
}
