package org.callsheet.ui.funnel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.callsheet.logic.funnel.LostReasonList;
import org.callsheet.logic.funnel.OpportunityFilter;
import org.callsheet.logic.funnel.OpportunityService;
import org.callsheet.model.Opportunity;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.Work;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/** The opportunities of one customer, newest first, for the customer editor's Opportunities tab; won and lost from there. */
public final class CustomerOpportunitiesViewModel {
    private final OpportunityService service;
    private final LostReasonList lostReasons;
    private final TaskRunner runner;
    private final StatusModel status;
    private final long customerId;
    private final ObservableList<OpportunityCard> rows = FXCollections.observableArrayList();
    private final List<Runnable> changeListeners = new ArrayList<>();

    public CustomerOpportunitiesViewModel(FunnelTools tools, TaskRunner runner, StatusModel status, long customerId) {
        this.service = tools.opportunities();
        this.lostReasons = tools.lostReasons();
        this.runner = runner;
        this.status = status;
        this.customerId = customerId;
    }

    public ObservableList<OpportunityCard> rows() {
        return rows;
    }

    public void onChanged(Runnable listener) {
        changeListeners.add(listener);
    }

    public void refresh() {
        runner.submit(context -> BoardViewModel.cards(service, service.search(OpportunityFilter.ofCustomer(customerId))),
                WorkCallbacks.<List<OpportunityCard>>of(rows::setAll,
                        FunnelFailures.to(status, "funnel.message.loadFailed")));
    }

    public void win(long id) {
        change(context -> service.win(id), won -> status.show(UserMessage.of("funnel.message.won", won.terms().title())));
    }

    public void lose(long id, String reason) {
        change(context -> {
            Opportunity lost = service.lose(id, reason);
            lostReasons.remember(reason);
            return lost;
        }, lost -> status.show(UserMessage.of("funnel.message.lost", lost.terms().title())));
    }

    private void change(Work<Opportunity> work, Consumer<Opportunity> done) {
        runner.submit(work, WorkCallbacks.<Opportunity>of(changed -> {
            done.accept(changed);
            refresh();
            changeListeners.forEach(Runnable::run);
        }, FunnelFailures.to(status, "funnel.message.failed")));
    }
}
