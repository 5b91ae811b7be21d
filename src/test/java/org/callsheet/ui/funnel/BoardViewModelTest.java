package org.callsheet.ui.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.callsheet.model.Customer;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.Stage;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The board's model: columns per stage, moves by one stage or to any, won and lost, days in stage and stale marks. */
class BoardViewModelTest {
    private final FunnelBackend backend = new FunnelBackend();
    private final StatusModel status = new StatusModel();
    private final Customer beijing = backend.customer("北京科技有限公司");
    private final BoardViewModel board = new BoardViewModel(backend.tools, new SameThreadTaskRunner(), status);

    @AfterEach
    void close() {
        backend.close();
    }

    @Test
    void showsTheOpenOpportunitiesInTheColumnOfTheirStage() {
        backend.open(beijing, "ERP", "10000", Stage.LEAD);
        backend.open(beijing, "CRM", "20000", Stage.QUOTE);
        Opportunity won = backend.open(beijing, "OA", "5000", Stage.CONTRACT);
        backend.opportunities.win(won.id());

        board.refresh();

        assertThat(board.column(Stage.LEAD)).extracting(OpportunityCard::title).containsExactly("ERP");
        assertThat(board.column(Stage.QUOTE)).extracting(OpportunityCard::title).containsExactly("CRM");
        assertThat(board.column(Stage.QUOTE).getFirst().customer()).isEqualTo("北京科技有限公司");
        assertThat(board.column(Stage.INVOICE)).isEmpty();
        assertThat(board.column(Stage.CONTRACT)).isEmpty();
    }

    @Test
    void movesACardOneStageOnOrBackAndKeepsItSelected() {
        Opportunity erp = backend.open(beijing, "ERP", "10000", Stage.LEAD);
        board.refresh();

        board.moveBy(erp.id(), 1);
        assertThat(board.column(Stage.OPPORTUNITY)).extracting(OpportunityCard::id).containsExactly(erp.id());
        assertThat(board.column(Stage.LEAD)).isEmpty();
        assertThat(board.selectedProperty().get()).isEqualTo(erp.id());
        assertThat(status.messageProperty().get().key()).isEqualTo("funnel.message.moved");

        board.moveBy(erp.id(), -1);
        board.moveBy(erp.id(), -1);
        assertThat(board.column(Stage.LEAD)).extracting(OpportunityCard::id).containsExactly(erp.id());
        assertThat(backend.opportunities.history(erp.id())).hasSize(3);

        board.move(erp.id(), Stage.PAYMENT);
        assertThat(board.column(Stage.PAYMENT)).extracting(OpportunityCard::id).containsExactly(erp.id());
        assertThat(backend.opportunities.get(erp.id()).state().probability()).isEqualTo(95);
    }

    @Test
    void wonAndLostLeaveTheBoardAndTellTheOtherViews() {
        Opportunity erp = backend.open(beijing, "ERP", "10000", Stage.QUOTE);
        Opportunity crm = backend.open(beijing, "CRM", "20000", Stage.QUOTE);
        int[] changes = {0};
        board.onChanged(() -> changes[0]++);
        board.refresh();

        board.win(erp.id());
        board.lose(crm.id(), "price");

        assertThat(board.column(Stage.QUOTE)).isEmpty();
        assertThat(backend.opportunities.get(erp.id()).state().status()).isEqualTo(OpportunityStatus.WON);
        assertThat(backend.opportunities.get(crm.id()).state().lostReason()).isEqualTo("price");
        assertThat(changes[0]).isEqualTo(2);
        assertThat(board.selectedProperty().get()).isNull();
    }

    @Test
    void aRefusedChangeIsToldInTheStatusBar() {
        Opportunity erp = backend.open(beijing, "ERP", "10000", Stage.QUOTE);
        board.refresh();
        backend.opportunities.win(erp.id());

        board.move(erp.id(), Stage.CONTRACT);

        assertThat(status.messageProperty().get().key()).isEqualTo("funnel.problem.CLOSED");
    }

    @Test
    void cardsCountTheDaysInTheirStageAndTurnStaleAfterTheStagesLimit() {
        backend.open(beijing, "ERP", "10000", Stage.LEAD);
        backend.clock.advance(Duration.ofDays(14));
        board.refresh();
        assertThat(board.column(Stage.LEAD).getFirst().daysInStage()).isEqualTo(14);
        assertThat(board.column(Stage.LEAD).getFirst().stale()).isFalse();

        backend.clock.advance(Duration.ofDays(1));
        board.refresh();
        assertThat(board.column(Stage.LEAD).getFirst().stale()).isTrue();
    }
}
