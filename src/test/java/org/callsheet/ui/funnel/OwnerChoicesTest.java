package org.callsheet.ui.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.callsheet.model.Customer;
import org.callsheet.model.OpportunityTerms;
import org.callsheet.model.OpportunitySource;
import org.callsheet.model.Stage;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The owner filters offer every owner the opportunities name, read again when a list opens. */
class OwnerChoicesTest {
    private final FunnelBackend backend = new FunnelBackend();
    private final StatusModel status = new StatusModel();

    @AfterEach
    void close() {
        backend.close();
    }

    private static OpportunityTerms terms(String title, String owner) {
        return new OpportunityTerms(title, new BigDecimal("1000"), owner, OpportunitySource.MANUAL,
                LocalDate.of(2026, 6, 30), "", "");
    }

    @Test
    void offersEveryOwnerOnceAndReadsThemAgainWhenAsked() {
        Customer beijing = backend.customer("北京科技有限公司");
        backend.opportunities.open(beijing.id(), terms("ERP", "张伟"), Stage.LEAD);
        backend.opportunities.open(beijing.id(), terms("CRM", "张伟"), Stage.QUOTE);
        OwnerChoices choices = new OwnerChoices(backend.tools.opportunities()::owners, new SameThreadTaskRunner(),
                status);

        choices.load();
        assertThat(choices.owners()).containsExactly("张伟");

        backend.opportunities.open(beijing.id(), terms("OA", "李娜"), Stage.LEAD);
        choices.load();
        assertThat(choices.owners()).containsExactlyInAnyOrder("张伟", "李娜").doesNotHaveDuplicates();
    }

    @Test
    void aFailureToReadThemIsSaid() {
        OwnerChoices choices = new OwnerChoices(() -> {
            throw new IllegalStateException("the database is gone");
        }, new SameThreadTaskRunner(), status);

        choices.load();

        assertThat(status.messageProperty().get().key()).isEqualTo("funnel.message.ownersFailed");
        assertThat(choices.owners()).isEmpty();
    }
}
