package org.callsheet.ui.calls;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.callsheet.logic.calls.CallProblem;
import org.callsheet.logic.calls.CallValidationException;
import org.callsheet.logic.calls.CallWarning;
import org.callsheet.logic.calls.OutcomeChoice;
import org.callsheet.logic.calls.OutcomeSettings;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.logic.customers.CustomerService;
import org.callsheet.logic.reminders.CallServices;
import org.callsheet.model.Attitude;
import org.callsheet.model.Call;
import org.callsheet.model.CallBuilder;
import org.callsheet.model.CallDirection;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.Contact;
import org.callsheet.model.CustomerRow;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The compact "log a call" form: customer and contact ({@link CallContacts}), the fields
 * ({@link CallForm}), a timer, and the follow-up the outcome suggests. It logs a new call or
 * corrects a logged one ({@link CallEntry}). Messages are bundle keys, per field in {@link #errors()}.
 */
public final class CallDialogViewModel {
    private final CallServices services;
    private final TaskRunner runner;
    private final Clock clock;
    private final StatusModel status;
    private final CallCustomerPicker picker;
    private final CallTimer timer;
    private final CallForm form;
    private final CallContacts contacts;
    private final ObservableList<OutcomeChoice> outcomes;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper correcting = new ReadOnlyBooleanWrapper(false);
    private CallEntry entry;

    public CallDialogViewModel(CallServices services, CustomerBook book, CustomerService customers,
                               List<OutcomeChoice> outcomeChoices, TaskRunner runner, Clock clock, StatusModel status,
                               String caller) {
        this.services = services;
        this.runner = runner;
        this.clock = clock;
        this.status = status;
        this.picker = new CallCustomerPicker(book, runner);
        this.timer = new CallTimer(clock);
        this.form = new CallForm(clock);
        this.contacts = new CallContacts(services, customers, runner, clock, form, picker);
        this.entry = new CallEntry.NewCall(services.log().draft(0, null, "", caller == null ? "" : caller).uid(),
                caller == null ? "" : caller);
        this.outcomes = FXCollections.observableArrayList(outcomeChoices.isEmpty()
                ? OutcomeSettings.BUILT_IN.stream().map(OutcomeChoice::of).toList() : outcomeChoices);
        form.outcome.set(outcomes.stream().filter(o -> o.equals(OutcomeChoice.of(CallOutcome.CONNECTED)))
                .findFirst().orElse(outcomes.getFirst()));
        form.showStart(clock.instant());
        picker.chosenProperty().addListener((obs, old, now) -> contacts.customerChosen(now, entry));
        form.number.addListener((obs, old, now) -> contacts.numberTyped(entry));
        form.outcome.addListener((obs, old, now) -> suggestFollowUp());
        form.followUp.addListener((obs, old, now) -> proposeFollowUpTime(now));
        suggestFollowUp();
        form.markOpened();
    }

    // ---- state ----

    public CallCustomerPicker picker() {
        return picker;
    }

    public CallTimer timer() {
        return timer;
    }

    public ObservableList<Contact> contacts() {
        return contacts.contacts;
    }

    public ObservableList<String> numbers() {
        return contacts.numbers;
    }

    public ObservableList<CallWarning> warnings() {
        return contacts.warnings;
    }

    public ObservableList<OutcomeChoice> outcomes() {
        return outcomes;
    }

    public ObservableMap<String, String> errors() {
        return form.errors;
    }

    public ObjectProperty<Contact> contactProperty() {
        return form.contact;
    }

    public StringProperty numberProperty() {
        return form.number;
    }

    public ObjectProperty<CallDirection> directionProperty() {
        return form.direction;
    }

    public StringProperty startProperty() {
        return form.start;
    }

    public StringProperty durationProperty() {
        return form.duration;
    }

    public ObjectProperty<OutcomeChoice> outcomeProperty() {
        return form.outcome;
    }

    public StringProperty needsProperty() {
        return form.needs;
    }

    public ObjectProperty<Attitude> attitudeProperty() {
        return form.attitude;
    }

    public BooleanProperty visitOpportunityProperty() {
        return form.visitOpportunity;
    }

    public ObjectProperty<LocalDate> visitDateProperty() {
        return form.visitDate;
    }

    public ObjectProperty<Integer> interestProperty() {
        return form.interest;
    }

    public StringProperty notesProperty() {
        return form.notes;
    }

    public StringProperty nextStepProperty() {
        return form.nextStep;
    }

    public BooleanProperty followUpProperty() {
        return form.followUp;
    }

    /** When to call again, as "2026-03-02 09:30". */
    public StringProperty followUpAtProperty() {
        return form.followUpAt;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True while the form corrects a logged call rather than logging a new one. */
    public ReadOnlyBooleanProperty editProperty() {
        return correcting.getReadOnlyProperty();
    }

    /** Whether closing the dialog now would lose something the rep entered (or a running timer). */
    public boolean hasUnsavedInput() {
        return timer.isRunning() || form.somethingEntered();
    }

    // ---- commands ----

    /** Opens the form for a known customer (from Today, the customer table or the editor). */
    public void startFor(long customerId) {
        picker.chooseById(customerId, error -> form.errors.put("customer", "callDialog.error.customerLoad"));
    }

    /**
     * Opens the form on a logged call to correct it. {@code choice} is the outcome it was logged
     * with; when Settings no longer offers it, it is offered for this call all the same.
     */
    public void edit(Call call, OutcomeChoice choice) {
        entry = new CallEntry.Correction(call);
        correcting.set(true);
        if (!outcomes.contains(choice)) {
            outcomes.add(choice);
        }
        form.outcome.set(choice);
        form.direction.set(call.direction());
        form.showStart(call.startedAt());
        form.duration.set(CallTimes.format(Duration.ofSeconds(call.durationSeconds())));
        form.needs.set(call.needs());
        form.attitude.set(call.attitude());
        form.visitOpportunity.set(call.visitOpportunity());
        form.visitDate.set(call.proposedVisitDate());
        form.interest.set(call.interestLevel());
        form.notes.set(call.notes());
        form.nextStep.set(call.nextStep());
        form.showFollowUp(java.util.Optional.empty());
        form.number.set(call.numberInput());
        form.markOpened();
        picker.chooseById(call.customerId(), error -> form.errors.put("customer", "callDialog.error.customerLoad"));
    }

    /** Starts the timer: the call starts now. */
    public void startTimer() {
        form.showStart(timer.start());
        form.duration.set(CallTimes.format(Duration.ZERO));
    }

    /** Stops the timer; the duration is the time elapsed. */
    public void stopTimer() {
        form.duration.set(CallTimes.format(timer.stop()));
    }

    /** Shows the time elapsed while the timer runs (called every second by the view). */
    public void tick() {
        if (timer.isRunning()) {
            form.duration.set(CallTimes.format(timer.elapsed()));
        }
    }

    /**
     * Dials the number with the given dialer and starts the timer; tells in the status bar whether
     * the phone app opened or the number was copied to the clipboard.
     */
    public void dial(Dialer dialer) {
        String n = CallForm.text(form.number).strip();
        if (n.isEmpty()) {
            form.errors.put("number", "callDialog.error.number");
            return;
        }
        form.errors.remove("number");
        Dialer.Result result = dialer.dial(n);
        startTimer();
        status.show(UserMessage.of(result == Dialer.Result.OPENED ? "callDialog.dial.opened"
                : "callDialog.dial.copied", n));
    }

    /**
     * Logs (or corrects) the call; a new call's follow-up is left as the rep set it, and
     * {@code done} gets the stored call. Problems stay in {@link #errors()}.
     */
    public void save(Consumer<Call> done) {
        form.errors.clear();
        if (timer.isRunning()) {
            stopTimer();
        }
        CustomerRow customer = picker.chosenProperty().get();
        if (customer == null) {
            form.errors.put("customer", "calls.validation.customer.required");
        }
        Instant followUpAt = form.readFollowUp();
        CallEntry saving = entry;
        var read = form.readInto(saving.builder(clock.instant()), customer == null ? 0 : customer.id());
        if (read.isEmpty()) {
            return;
        }
        Call call = read.get().build();
        this.saving.set(true);
        runner.submit(context -> saving.store(services, call, followUpAt), WorkCallbacks.<Call>of(stored -> {
            this.saving.set(false);
            entry = saving.afterSave(stored);
            status.show(UserMessage.of(saving.savedKey(), customer.name()));
            done.accept(stored);
        }, this::failed));
    }

    private void failed(Throwable error) {
        saving.set(false);
        if (error instanceof CallValidationException invalid) {
            for (CallProblem p : invalid.problems()) {
                form.errors.putIfAbsent(p.field(), p.messageKey());
            }
        } else {
            form.errors.put("form", "callDialog.error.failed");
        }
    }

    private void suggestFollowUp() {
        form.showFollowUp(entry.suggestedFollowUp(services, form.outcome.get(), form.startOrNow()));
    }

    /** Ticking "call again" without a time offers one; the rep changes it with the picker. */
    private void proposeFollowUpTime(boolean wanted) {
        if (wanted && CallForm.text(form.followUpAt).isBlank()) {
            Instant at = services.followUps().proposedTime(form.outcome.get().outcome(), form.startOrNow());
            form.followUpAt.set(CallTimes.format(LocalDateTime.ofInstant(at, clock.getZone())));
        }
    }
}
