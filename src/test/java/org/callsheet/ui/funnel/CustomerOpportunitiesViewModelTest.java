package org.callsheet.ui.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import org.callsheet.model.Customer;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.Stage;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The customer editor's Opportunities tab: only that customer's, won and lost from there. */
class CustomerOpportunitiesViewModelTest {
    private final FunnelBackend backend = new FunnelBackend();

    @AfterEach
    void close() {
        backend.close();
    }

    @Test
    void listsTheCustomersOpportunitiesAndClosesThem() {
        Customer beijing = backend.customer("北京科技有限公司");
        Customer shanghai = backend.customer("上海贸易公司");
        Opportunity erp = backend.open(beijing, "ERP", "10000", Stage.QUOTE);
        Opportunity crm = backend.open(beijing, "CRM", "20000", Stage.LEAD);
        backend.open(shanghai, "OA", "5000", Stage.LEAD);
        StatusModel status = new StatusModel();
        CustomerOpportunitiesViewModel model = new CustomerOpportunitiesViewModel(backend.tools,
                new SameThreadTaskRunner(), status, beijing.id());
        int[] changes = {0};
        model.onChanged(() -> changes[0]++);

        model.refresh();
        assertThat(model.rows()).extracting(OpportunityCard::title).containsExactlyInAnyOrder("ERP", "CRM");

        model.win(erp.id());
        model.lose(crm.id(), "timing");

        assertThat(model.rows()).extracting(c -> c.opportunity().state().status())
                .containsExactlyInAnyOrder(OpportunityStatus.WON, OpportunityStatus.LOST);
        assertThat(status.messageProperty().get().key()).isEqualTo("funnel.message.lost");
        assertThat(changes[0]).isEqualTo(2);
    }
}
