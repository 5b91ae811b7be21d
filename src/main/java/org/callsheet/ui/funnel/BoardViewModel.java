package org.callsheet.ui.funnel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.callsheet.logic.funnel.LostReasonList;
import org.callsheet.logic.funnel.OpportunityFilter;
import org.callsheet.logic.funnel.OpportunityRow;
import org.callsheet.logic.funnel.OpportunityService;
import org.callsheet.model.Opportunity;
import org.callsheet.model.Stage;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.Work;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The board: one column per stage holding the open opportunities as cards (amount, customer, days
 * in stage, stale mark). Cards move to any stage (forward, skipping, back), are won or lost; the
 * card just moved stays selected.
 */
public final class BoardViewModel {
    private final OpportunityService service;
    private final LostReasonList lostReasons;
    private final TaskRunner runner;
    private final StatusModel status;
    private final Map<Stage, ObservableList<OpportunityCard>> columns = new EnumMap<>(Stage.class);
    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>();
    private final List<Runnable> changeListeners = new ArrayList<>();

    public BoardViewModel(FunnelTools tools, TaskRunner runner, StatusModel status) {
        this.service = tools.opportunities();
        this.lostReasons = tools.lostReasons();
        this.runner = runner;
        this.status = status;
        for (Stage stage : Stage.values()) {
            columns.put(stage, FXCollections.observableArrayList());
        }
    }

    public ObservableList<OpportunityCard> column(Stage stage) {
        return columns.get(stage);
    }

    /** The id of the card that has (or should get) the focus; null for none. */
    public ObjectProperty<Long> selectedProperty() {
        return selected;
    }

    /** Hears every change made here (moves, wins, losses), so other views can read again. */
    public void onChanged(Runnable listener) {
        changeListeners.add(listener);
    }

    public void refresh() {
        runner.submit(context -> cards(service, service.search(OpportunityFilter.open())),
                WorkCallbacks.<List<OpportunityCard>>of(this::show,
                        FunnelFailures.to(status, "funnel.message.loadFailed")));
    }

    /** Moves an open opportunity to {@code stage}. */
    public void move(long id, Stage stage) {
        change(context -> service.moveTo(id, stage), moved -> status.show(UserMessage.of("funnel.message.moved",
                moved.terms().title())));
    }

    /** Moves an opportunity one stage on ({@code +1}) or back ({@code -1}); nothing past the first or last stage. */
    public void moveBy(long id, int steps) {
        find(id).ifPresent(card -> {
            int to = card.stage().ordinal() + steps;
            if (to >= 0 && to < Stage.values().length) {
                move(id, Stage.values()[to]);
            }
        });
    }

    public void win(long id) {
        change(context -> service.win(id), won -> status.show(UserMessage.of("funnel.message.won",
                won.terms().title())));
    }

    /** Marks the opportunity lost with the reason (a built-in reason's code or the rep's own words). */
    public void lose(long id, String reason) {
        change(context -> {
            Opportunity lost = service.lose(id, reason);
            lostReasons.remember(reason);
            return lost;
        }, lost -> status.show(UserMessage.of("funnel.message.lost",
                lost.terms().title())));
    }

    public java.util.Optional<OpportunityCard> find(long id) {
        return columns.values().stream().flatMap(List::stream).filter(c -> c.id() == id).findFirst();
    }

    private void change(Work<Opportunity> work, java.util.function.Consumer<Opportunity> done) {
        runner.submit(work, WorkCallbacks.<Opportunity>of(changed -> {
            done.accept(changed);
            selected.set(changed.isOpen() ? changed.id() : null);
            refresh();
            changeListeners.forEach(Runnable::run);
        }, FunnelFailures.to(status, "funnel.message.failed")));
    }

    private void show(List<OpportunityCard> cards) {
        Map<Stage, List<OpportunityCard>> byStage = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            byStage.put(stage, new ArrayList<>());
        }
        cards.forEach(card -> byStage.get(card.stage()).add(card));
        byStage.forEach((stage, list) -> columns.get(stage).setAll(list));
    }

    static List<OpportunityCard> cards(OpportunityService service, List<OpportunityRow> rows) {
        return rows.stream().map(row -> new OpportunityCard(row, service.daysInStage(row.opportunity()),
                service.stale(row.opportunity()))).toList();
    }
}
