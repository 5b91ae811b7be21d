package org.callsheet.ui.funnel;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.logic.funnel.LostReasonList;
import org.callsheet.logic.funnel.OpportunityException;
import org.callsheet.logic.funnel.OpportunityService;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityChange;
import org.callsheet.model.OpportunitySource;
import org.callsheet.model.OpportunityTerms;
import org.callsheet.model.Stage;
import org.callsheet.ui.calls.CallCustomerPicker;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.Work;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The opportunity dialog: a new opportunity (for a customer given or chosen) or a stored one, its
 * fields checked beside each one, saved in the background; won, lost with a reason, or reopened;
 * the stored one's history of changes, oldest first.
 */
public final class OpportunityDialogViewModel {
    private final OpportunityService service;
    private final LostReasonList lostReasons;
    private final TaskRunner runner;
    private final OpportunityForm form;
    private final CallCustomerPicker picker;
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ObservableList<OpportunityChange> history = FXCollections.observableArrayList();
    private final ObjectProperty<Opportunity> stored = new SimpleObjectProperty<>();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private boolean customerGiven;

    public OpportunityDialogViewModel(FunnelTools tools, CustomerBook book, TaskRunner runner) {
        this.service = tools.opportunities();
        this.lostReasons = tools.lostReasons();
        this.runner = runner;
        this.form = new OpportunityForm(service::settings);
        this.picker = new CallCustomerPicker(book, runner);
        picker.chosenProperty().addListener((obs, old, now) -> {
            if (now != null) {
                errors.remove("customer");
            }
        });
        form.title.addListener((obs, old, now) -> recheck("title"));
        form.amount.addListener((obs, old, now) -> recheck("amount"));
        form.probability.addListener((obs, old, now) -> recheck("probability"));
    }

    // ---- starting

    /** A new opportunity at the first stage, owned by {@code owner}, for the draft's customer (or one to choose). */
    private List<Object> untouched = List.of();

    public void startNew(OpportunityDraft draft, String owner) {
        form.owner.set(owner == null ? "" : owner);
        form.source.set(draft.source());
        form.title.set(draft.title());
        form.nextStep.set(draft.nextStep());
        form.stage.set(Stage.LEAD);
        form.probability.set(String.valueOf(service.settings().probability(Stage.LEAD)));
        errors.clear();
        customerGiven = draft.customerId() != null;
        if (draft.customerId() != null) {
            picker.chooseById(draft.customerId(), error -> errors.put("customer", "funnel.problem.NO_CUSTOMER"));
        }
        untouched = form.values();
    }

    /** Whether the rep typed or chose something since the dialog opened or last saved (closing would lose it). */
    public boolean hasUnsavedInput() {
        return !form.values().equals(untouched);
    }

    /** Reads a stored opportunity and its history. */
    public void load(long id) {
        customerGiven = true;
        runner.submit(context -> new Loaded(service.get(id), service.history(id)),
                WorkCallbacks.<Loaded>of(loaded -> {
                    show(loaded.opportunity());
                    history.setAll(loaded.history());
                    picker.chooseById(loaded.opportunity().customerId(), this::failed);
                }, this::failed));
    }

    private record Loaded(Opportunity opportunity, List<OpportunityChange> history) {
    }

    // ---- state

    public CallCustomerPicker picker() {
        return picker;
    }

    public StringProperty titleProperty() {
        return form.title;
    }

    public StringProperty amountProperty() {
        return form.amount;
    }

    public StringProperty ownerProperty() {
        return form.owner;
    }

    public ObjectProperty<OpportunitySource> sourceProperty() {
        return form.source;
    }

    public ObjectProperty<LocalDate> expectedCloseProperty() {
        return form.expectedClose;
    }

    public ObjectProperty<Stage> stageProperty() {
        return form.stage;
    }

    public StringProperty probabilityProperty() {
        return form.probability;
    }

    public StringProperty nextStepProperty() {
        return form.nextStep;
    }

    public StringProperty notesProperty() {
        return form.notes;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ObservableList<OpportunityChange> history() {
        return history;
    }

    /** The stored opportunity as last read or saved; null for a new one. */
    public ReadOnlyObjectProperty<Opportunity> storedProperty() {
        return stored;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    /** Whether the customer was given (a stored opportunity, or a new one opened for a customer) rather than to be chosen; known at once, before it is read. */
    public boolean customerGiven() {
        return customerGiven;
    }

    public boolean isNew() {
        return stored.get() == null;
    }

    /** The reasons offered when the opportunity is lost (built-in codes and the rep's own words). */
    public List<String> lostReasons() {
        return service.settings().lostReasons();
    }

    // ---- commands

    /** Checks the fields and, when they read, stores the opportunity; {@code done} hears the stored one. */
    public void save(Consumer<Opportunity> done) {
        errors.clear();
        errors.putAll(form.problems());
        if (picker.chosenProperty().get() == null && isNew()) {
            errors.put("customer", "funnel.dialog.error.customer");
        }
        if (!errors.isEmpty() || saving.get()) {
            return;
        }
        OpportunityTerms terms = form.terms();
        Stage stage = form.stage.get();
        int probability = form.probabilityValue();
        Opportunity before = stored.get();
        if (before == null) {
            long customerId = picker.chosenProperty().get().id();
            run(context -> service.open(customerId, terms, stage, probability), done);
        } else {
            run(context -> service.revise(before.id(), terms, stage, probability), done);
        }
    }

    /** Marks the stored opportunity won (it moves to the last stage). */
    public void win(Consumer<Opportunity> done) {
        Opportunity o = stored.get();
        if (o != null) {
            run(context -> service.win(o.id()), done);
        }
    }

    /** Marks the stored opportunity lost; the reason is required. */
    public void lose(String reason, Consumer<Opportunity> done) {
        Opportunity o = stored.get();
        if (o == null) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            errors.put("form", "funnel.problem.LOST_REASON_REQUIRED");
            return;
        }
        String why = reason.strip();
        run(context -> {
            Opportunity lost = service.lose(o.id(), why);
            lostReasons.remember(why);
            return lost;
        }, done);
    }

    /** Opens a won or lost opportunity again in the stage it was closed in. */
    public void reopen(Consumer<Opportunity> done) {
        Opportunity o = stored.get();
        if (o != null) {
            run(context -> service.reopen(o.id()), done);
        }
    }

    // ---- inside

    private void run(Work<Opportunity> work, Consumer<Opportunity> done) {
        saving.set(true);
        runner.submit(context -> {
            Opportunity saved = work.run(context);
            return new Loaded(saved, service.history(saved.id()));
        }, WorkCallbacks.<Loaded>of(loaded -> {
            saving.set(false);
            show(loaded.opportunity());
            history.setAll(loaded.history());
            done.accept(loaded.opportunity());
        }, error -> {
            saving.set(false);
            failed(error);
        }));
    }

    private void show(Opportunity o) {
        stored.set(o);
        form.fill(o);
        errors.clear();
        untouched = form.values();
    }

    private void failed(Throwable error) {
        if (error instanceof OpportunityException refused) {
            errors.put("form", refused.problem().key());
        } else {
            org.slf4j.LoggerFactory.getLogger(OpportunityDialogViewModel.class).warn("opportunity not saved", error);
            errors.put("form", "funnel.message.failed");
        }
    }

    private void recheck(String field) {
        if (errors.containsKey(field)) {
            String now = form.problems().get(field);
            if (now == null) {
                errors.remove(field);
            } else {
                errors.put(field, now);
            }
        }
    }
}
