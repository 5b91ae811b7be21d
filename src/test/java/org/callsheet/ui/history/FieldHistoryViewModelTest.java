package org.callsheet.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.callsheet.logic.history.CustomerFieldHistory;
import org.callsheet.model.ChangeSource;
import org.callsheet.model.CustomerField;
import org.callsheet.model.CustomerFieldChange;
import org.callsheet.model.FieldChange;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.callsheet.ui.testing.DeferredTaskRunner;
import org.callsheet.ui.testing.InMemoryCustomerRepository;
import org.junit.jupiter.api.Test;

class FieldHistoryViewModelTest {
    private static final Instant START = Instant.parse("2026-11-01T08:00:00Z");
    private final InMemoryCustomerRepository repository = new InMemoryCustomerRepository();

    /** 250 changes of customer 1: every fifth its name, the others its notes; one change of customer 2. */
    private void history() {
        for (int i = 1; i <= 250; i++) {
            CustomerField field = i % 5 == 0 ? CustomerField.NAME : CustomerField.NOTES;
            ChangeSource who = i % 2 == 0 ? ChangeSource.rep("王芳") : ChangeSource.importBatch(7, "客户名单.csv");
            repository.addHistory(1, START.plusSeconds(i), who, new FieldChange(field, "v" + (i - 1), "v" + i));
        }
        repository.addHistory(2, START, ChangeSource.rep("李强"), new FieldChange(CustomerField.CITY, "", "杭州市"));
    }

    @Test
    void showsTheNewestPageFirstAndOlderPagesOnRequest() {
        history();
        FieldHistoryViewModel model = new FieldHistoryViewModel(repository, new SameThreadTaskRunner(), 1);

        model.load();

        assertThat(model.entries()).hasSize(FieldHistoryViewModel.PAGE);
        assertThat(model.entries().getFirst().change().newText()).isEqualTo("v250");
        assertThat(model.moreProperty().get()).isTrue();
        assertThat(model.fields()).containsExactly(CustomerField.NAME, CustomerField.NOTES);
        model.loadMore();
        model.loadMore();
        assertThat(model.entries()).hasSize(250).extracting(CustomerFieldChange::customerId).containsOnly(1L);
        assertThat(model.entries().getLast().change().newText()).isEqualTo("v1");
        assertThat(model.moreProperty().get()).isFalse();
    }

    @Test
    void theFieldFilterReadsOnlyThatFieldsChangesAndAllBringsThemBack() {
        history();
        FieldHistoryViewModel model = new FieldHistoryViewModel(repository, new SameThreadTaskRunner(), 1);
        model.load();

        model.filterProperty().set(CustomerField.NAME);

        assertThat(model.entries()).hasSize(50)
                .allSatisfy(e -> assertThat(e.change().field()).isEqualTo(CustomerField.NAME));
        assertThat(model.moreProperty().get()).isFalse();
        model.filterProperty().set(null);
        assertThat(model.entries()).hasSize(FieldHistoryViewModel.PAGE);
    }

    @Test
    void aPageReadForAnEarlierFilterIsDropped() {
        history();
        DeferredTaskRunner runner = new DeferredTaskRunner();
        FieldHistoryViewModel model = new FieldHistoryViewModel(repository, runner, 1);
        model.load();
        model.filterProperty().set(CustomerField.NAME);

        runner.runAll();

        assertThat(model.entries()).hasSize(50)
                .allSatisfy(e -> assertThat(e.change().field()).isEqualTo(CustomerField.NAME));
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void aHistoryThatCannotBeReadSaysSo() {
        CustomerFieldHistory broken = new CustomerFieldHistory() {
            @Override
            public List<CustomerFieldChange> newestFirst(long customerId, Optional<CustomerField> field, int offset,
                                                         int limit) {
                throw new IllegalStateException("database closed");
            }

            @Override
            public List<CustomerField> fieldsChanged(long customerId) {
                return List.of();
            }
        };
        FieldHistoryViewModel model = new FieldHistoryViewModel(broken, new SameThreadTaskRunner(), 1);

        model.load();

        assertThat(model.failureProperty().get().key()).isEqualTo("history.loadFailed");
        assertThat(model.entries()).isEmpty();
        assertThat(model.loadingProperty().get()).isFalse();
    }
}
