package org.callsheet.ui.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.callsheet.model.Customer;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.Stage;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The list's filters: stage, stage reached, status, owner, period, text. */
class OpportunityListViewModelTest {
    private final FunnelBackend backend = new FunnelBackend();
    private final StatusModel status = new StatusModel();
    private final OpportunityListViewModel list = new OpportunityListViewModel(backend.opportunities,
            new SameThreadTaskRunner(), status, FunnelBackend.ZONE);
    private Opportunity erp;
    private Opportunity crm;
    private Opportunity oa;

    @BeforeEach
    void opportunities() {
        Customer beijing = backend.customer("北京科技有限公司");
        Customer shanghai = backend.customer("上海贸易公司");
        erp = backend.open(beijing, "ERP 升级", "10000", Stage.LEAD);
        backend.clock.advance(Duration.ofDays(10));
        crm = backend.open(shanghai, "CRM 系统", "20000", Stage.NEGOTIATION);
        backend.opportunities.lose(crm.id(), "price");
        backend.clock.advance(Duration.ofDays(10));
        oa = backend.open(shanghai, "OA 软件", "5000", Stage.QUOTE);
    }

    @AfterEach
    void close() {
        backend.close();
    }

    private static long[] ids(OpportunityListViewModel model) {
        return model.rows().stream().mapToLong(OpportunityCard::id).sorted().toArray();
    }

    @Test
    void everyFilterNarrowsTheList() {
        list.refresh();
        assertThat(list.rows()).hasSize(3);

        list.stageProperty().set(Stage.QUOTE);
        assertThat(ids(list)).containsExactly(oa.id());
        list.stageProperty().set(null);

        list.statusProperty().set(OpportunityStatus.LOST);
        assertThat(ids(list)).containsExactly(crm.id());
        list.statusProperty().set(null);

        list.textProperty().set("上海");
        assertThat(ids(list)).containsExactly(crm.id(), oa.id());
        list.textProperty().set("ERP");
        assertThat(ids(list)).containsExactly(erp.id());
        list.textProperty().set("");

        list.fromProperty().set(LocalDate.of(2026, 3, 12));
        list.toProperty().set(LocalDate.of(2026, 3, 12));
        assertThat(ids(list)).containsExactly(crm.id());

        list.clearFilters();
        list.ownerProperty().set("李强");
        assertThat(list.rows()).isEmpty();
        list.ownerProperty().set("王芳");
        assertThat(list.rows()).hasSize(3);
    }

    @Test
    void aFunnelStageListsTheOpportunitiesThatReachedIt() {
        list.showReached(Stage.QUOTE, null, null, null);
        // the lost one reached negotiation, so it reached quote too
        assertThat(ids(list)).containsExactly(crm.id(), oa.id());

        list.showReached(Stage.NEGOTIATION, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31), "王芳");
        assertThat(ids(list)).containsExactly(crm.id());
        assertThat(list.reachedProperty().get()).isEqualTo(Stage.NEGOTIATION);
        assertThat(list.fromProperty().get()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsToldAndListsNothing() {
        list.fromProperty().set(LocalDate.of(2026, 3, 20));
        list.toProperty().set(LocalDate.of(2026, 3, 1));

        assertThat(list.rows()).isEmpty();
        assertThat(status.messageProperty().get().key()).isEqualTo("funnel.message.periodBackwards");
    }
}
