package org.callsheet.ui.calls;

import org.callsheet.logic.reminders.CallServices;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.callsheet.logic.calls.CallProblem;
import org.callsheet.logic.calls.CallValidationException;
import org.callsheet.logic.calls.CallWarning;
import org.callsheet.logic.calls.LoggedCall;
import org.callsheet.logic.calls.OutcomeChoice;
import org.callsheet.logic.calls.OutcomeSettings;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.logic.customers.CustomerService;
import org.callsheet.model.Attitude;
import org.callsheet.model.Call;
import org.callsheet.model.CallDirection;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.Contact;
import org.callsheet.model.CustomerRow;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;

/**
 * The compact "log a call" form: customer and contact, number, direction, start and duration with
 * a timer, outcome, needs, attitude, visit opportunity, interest, notes, next step, and the
 * follow-up the outcome suggests. Shows who already called the customer recently before the rep
 * dials. Messages are bundle keys, per field in {@link #errors()}.
 */
public final class CallDialogViewModel {
    private final CallServices services;
    private final CustomerService customers;
    private final TaskRunner runner;
    private final Clock clock;
    private final StatusModel status;
    private final String caller;
    private final CallCustomerPicker picker;
    private final CallTimer timer;
    private final String newUid;
    private Call editing;
    private Call pendingEdit;

    final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    final ObservableList<String> numbers = FXCollections.observableArrayList();
    final ObservableList<CallWarning> warnings = FXCollections.observableArrayList();
    final ObservableList<OutcomeChoice> outcomes;
    final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    final ObjectProperty<Contact> contact = new SimpleObjectProperty<>();
    final StringProperty number = new SimpleStringProperty("");
    final ObjectProperty<CallDirection> direction = new SimpleObjectProperty<>(CallDirection.OUTGOING);
    final StringProperty start = new SimpleStringProperty("");
    final StringProperty duration = new SimpleStringProperty("0:00");
    final ObjectProperty<OutcomeChoice> outcome = new SimpleObjectProperty<>();
    final StringProperty needs = new SimpleStringProperty("");
    final ObjectProperty<Attitude> attitude = new SimpleObjectProperty<>();
    final BooleanProperty visitOpportunity = new SimpleBooleanProperty(false);
    final ObjectProperty<LocalDate> visitDate = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> interest = new SimpleObjectProperty<>();
    final StringProperty notes = new SimpleStringProperty("");
    final StringProperty nextStep = new SimpleStringProperty("");
    final BooleanProperty followUp = new SimpleBooleanProperty(false);
    final StringProperty followUpAt = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper edit = new ReadOnlyBooleanWrapper(false);

    public CallDialogViewModel(CallServices services, CustomerBook book, CustomerService customers,
                               List<OutcomeChoice> outcomeChoices, TaskRunner runner, Clock clock, StatusModel status,
                               String caller) {
        this.services = services;
        this.customers = customers;
        this.runner = runner;
        this.clock = clock;
        this.status = status;
        this.caller = caller == null ? "" : caller;
        this.picker = new CallCustomerPicker(book, runner);
        this.timer = new CallTimer(clock);
        this.outcomes = FXCollections.observableArrayList(outcomeChoices.isEmpty()
                ? OutcomeSettings.BUILT_IN.stream().map(OutcomeChoice::of).toList() : outcomeChoices);
        this.outcome.set(outcomes.stream().filter(o -> o.equals(OutcomeChoice.of(CallOutcome.CONNECTED))).findFirst()
                .orElse(outcomes.getFirst()));
        this.newUid = services.log().draft(0, null, "", this.caller).uid();
        start.set(CallTimes.format(LocalDateTime.now(clock)));
        picker.chosenProperty().addListener((obs, old, now) -> customerChosen(now));
        contact.addListener((obs, old, now) -> offerNumbers());
        number.addListener((obs, old, now) -> {
            if (picker.chosenProperty().get() == null && !edit.get()) {
                loadWarningsForNumber();
            }
        });
        outcome.addListener((obs, old, now) -> {
            if (!edit.get()) {
                suggestFollowUp();
            }
        });
        suggestFollowUp();
    }

    // ---- state ----

    public CallCustomerPicker picker() {
        return picker;
    }

    public CallTimer timer() {
        return timer;
    }

    public ObservableList<Contact> contacts() {
        return contacts;
    }

    public ObservableList<String> numbers() {
        return numbers;
    }

    public ObservableList<CallWarning> warnings() {
        return warnings;
    }

    public ObservableList<OutcomeChoice> outcomes() {
        return outcomes;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ObjectProperty<Contact> contactProperty() {
        return contact;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public ObjectProperty<CallDirection> directionProperty() {
        return direction;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    public ObjectProperty<OutcomeChoice> outcomeProperty() {
        return outcome;
    }

    public StringProperty needsProperty() {
        return needs;
    }

    public ObjectProperty<Attitude> attitudeProperty() {
        return attitude;
    }

    public BooleanProperty visitOpportunityProperty() {
        return visitOpportunity;
    }

    public ObjectProperty<LocalDate> visitDateProperty() {
        return visitDate;
    }

    public ObjectProperty<Integer> interestProperty() {
        return interest;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty nextStepProperty() {
        return nextStep;
    }

    public BooleanProperty followUpProperty() {
        return followUp;
    }

    public StringProperty followUpAtProperty() {
        return followUpAt;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True while the form corrects a logged call rather than logging a new one. */
    public ReadOnlyBooleanProperty editProperty() {
        return edit.getReadOnlyProperty();
    }

    // ---- commands ----

    /** Opens the form for a known customer (from Today, the customer table or the editor). */
    public void startFor(long customerId) {
        picker.chooseById(customerId, error -> errors.put("customer", "callDialog.error.customerLoad"));
    }

    /**
     * Opens the form on a logged call to correct it. {@code choice} is the outcome it was logged
     * with; when Settings no longer offers it, it is offered for this call all the same.
     */
    public void edit(Call call, OutcomeChoice choice) {
        editing = call;
        pendingEdit = call;
        edit.set(true);
        if (!outcomes.contains(choice)) {
            outcomes.add(choice);
        }
        outcome.set(choice);
        direction.set(call.direction());
        start.set(CallTimes.format(LocalDateTime.ofInstant(call.startedAt(), clock.getZone())));
        duration.set(CallTimes.format(Duration.ofSeconds(call.durationSeconds())));
        needs.set(call.needs());
        attitude.set(call.attitude());
        visitOpportunity.set(call.visitOpportunity());
        visitDate.set(call.proposedVisitDate());
        interest.set(call.interestLevel());
        notes.set(call.notes());
        nextStep.set(call.nextStep());
        followUp.set(false);
        followUpAt.set("");
        number.set(call.numberInput());
        picker.chooseById(call.customerId(), error -> errors.put("customer", "callDialog.error.customerLoad"));
    }

    /** Starts the timer: the call starts now. */
    public void startTimer() {
        Instant at = timer.start();
        start.set(CallTimes.format(LocalDateTime.ofInstant(at, clock.getZone())));
        duration.set(CallTimes.format(Duration.ZERO));
    }

    /** Stops the timer; the duration is the time elapsed. */
    public void stopTimer() {
        duration.set(CallTimes.format(timer.stop()));
    }

    /** Shows the time elapsed while the timer runs (called every second by the view). */
    public void tick() {
        if (timer.isRunning()) {
            duration.set(CallTimes.format(timer.elapsed()));
        }
    }

    /**
     * Dials the number with the given dialer and starts the timer; tells in the status bar whether
     * the phone app opened or the number was copied to the clipboard.
     */
    public void dial(Dialer dialer) {
        String n = text(number).strip();
        if (n.isEmpty()) {
            errors.put("number", "callDialog.error.number");
            return;
        }
        errors.remove("number");
        Dialer.Result result = dialer.dial(n);
        startTimer();
        status.show(UserMessage.of(result == Dialer.Result.OPENED ? "callDialog.dial.opened"
                : "callDialog.dial.copied", n));
    }

    /**
     * Logs the call; on success the follow-up is planned as the rep set it and {@code done} gets
     * the stored call. Problems stay in {@link #errors()}.
     */
    public void save(Consumer<Call> done) {
        errors.clear();
        if (timer.isRunning()) {
            stopTimer();
        }
        CallRow row = readForm();
        if (!errors.isEmpty() || row == null) {
            return;
        }
        saving.set(true);
        if (editing != null) {
            saveCorrection(row.call(), done);
            return;
        }
        runner.submit(context -> {
            LoggedCall logged = services.log().log(row.call());
            if (!logged.duplicate()) {
                settleFollowUp(logged.call(), row.followUpAt());
            }
            return logged.call();
        }, WorkCallbacks.<Call>of(stored -> {
            saving.set(false);
            status.show(UserMessage.of("callDialog.saved", picker.chosenProperty().get().name()));
            done.accept(stored);
        }, this::failed));
    }

    /** Stores the corrected fields; last contact and attempt follow from the calls, no reminder is planned. */
    private void saveCorrection(Call corrected, Consumer<Call> done) {
        runner.submit(context -> services.log().update(corrected), WorkCallbacks.<Call>of(stored -> {
            saving.set(false);
            editing = stored;
            status.show(UserMessage.of("callDialog.corrected", picker.chosenProperty().get().name()));
            done.accept(stored);
        }, this::failed));
    }

    private void failed(Throwable error) {
        saving.set(false);
        if (error instanceof CallValidationException invalid) {
            for (CallProblem p : invalid.problems()) {
                errors.putIfAbsent(p.field(), p.messageKey());
            }
        } else {
            errors.put("form", "callDialog.error.failed");
        }
    }

    /** The call as typed, and when to follow up (null for none); null when the form cannot be read. */
    private CallRow readForm() {
        CustomerRow customer = picker.chosenProperty().get();
        if (customer == null) {
            errors.put("customer", "calls.validation.customer.required");
        }
        Optional<LocalDateTime> startAt = CallTimes.parse(start.get());
        if (startAt.isEmpty()) {
            errors.put("startedAt", "callDialog.error.time");
        }
        Optional<Duration> length = CallTimes.parseDuration(duration.get());
        if (length.isEmpty()) {
            errors.put("durationSeconds", "callDialog.error.duration");
        }
        Instant followUpInstant = null;
        if (followUp.get() && !edit.get()) {
            Optional<LocalDateTime> at = CallTimes.parse(followUpAt.get());
            if (at.isEmpty()) {
                errors.put("followUp", "callDialog.error.time");
            } else {
                followUpInstant = at.get().atZone(clock.getZone()).toInstant();
                if (!followUpInstant.isAfter(clock.instant())) {
                    errors.put("followUp", "callDialog.error.followUpPast");
                }
            }
        }
        if (visitOpportunity.get() && visitDate.get() == null) {
            errors.put("proposedVisitDate", "callDialog.error.visitDate");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        Contact who = contact.get();
        Instant now = clock.instant();
        OutcomeChoice chosen = outcome.get();
        Call call = new Call(editing == null ? null : editing.id(), editing == null ? newUid : editing.uid(),
                editing == null ? null : editing.externalId(), customer.id(), who == null ? null : who.id(),
                text(number).strip(), null, direction.get(), startAt.get().atZone(clock.getZone()).toInstant(),
                (int) length.get().toSeconds(), chosen.outcome(), text(needs), attitude.get(), visitOpportunity.get(),
                visitOpportunity.get() ? visitDate.get() : null, interest.get(), text(notes), text(nextStep),
                editing == null ? caller : editing.caller(), editing == null ? now : editing.createdAt(), now,
                chosen.customId());
        return new CallRow(call, followUpInstant);
    }

    private record CallRow(Call call, Instant followUpAt) {
    }

    /**
     * The follow-up service plans the retry the outcome suggests as soon as the call is stored;
     * here it is moved to the time the rep chose, cancelled when the rep wants none, or planned
     * when the outcome suggested none but the rep asked for one.
     */
    private void settleFollowUp(Call stored, Instant wanted) {
        var planned = services.followUps().openOf(stored.customerId()).stream()
                .filter(f -> stored.id().equals(f.sourceCallId()) && f.kind() == org.callsheet.model.FollowUpKind.CALL)
                .findFirst();
        if (planned.isPresent()) {
            if (wanted == null) {
                services.followUps().cancel(planned.get().id());
            } else if (!wanted.equals(planned.get().dueAt())) {
                services.followUps().reschedule(planned.get().id(), wanted);
            }
        } else if (wanted != null) {
            services.followUps().plan(stored.customerId(), stored.contactId(), org.callsheet.model.FollowUpKind.CALL,
                    wanted, stored.nextStep());
        }
    }

    private void suggestFollowUp() {
        Instant startAt = CallTimes.parse(start.get()).map(t -> t.atZone(clock.getZone()).toInstant())
                .orElse(clock.instant());
        Call probe = new Call(null, newUid, null, 0, null, "", null, null, startAt, 0, outcome.get().outcome(), null,
                null, false, null, null, null, null, caller, null, null, outcome.get().customId());
        Optional<Instant> suggested = services.followUps().suggestedTime(probe);
        followUp.set(suggested.isPresent());
        followUpAt.set(suggested.map(t -> CallTimes.format(LocalDateTime.ofInstant(t, clock.getZone()))).orElse(""));
    }

    private void customerChosen(CustomerRow row) {
        contacts.clear();
        contact.set(null);
        warnings.clear();
        errors.remove("customer");
        if (row == null) {
            return;
        }
        long id = row.id();
        Instant now = clock.instant();
        boolean warn = !edit.get();
        runner.submit(context -> new Loaded(customers.contactsOf(id),
                        warn ? services.log().warningsBeforeCall(id, now) : List.of()),
                WorkCallbacks.<Loaded>of(loaded -> {
                    CustomerRow current = picker.chosenProperty().get();
                    if (current == null || current.id() != id) {
                        return;
                    }
                    contacts.setAll(loaded.contacts());
                    warnings.setAll(loaded.warnings());
                    Call corrected = pendingEdit;
                    pendingEdit = null;
                    if (corrected != null) {
                        contact.set(loaded.contacts().stream().filter(c -> c.id().equals(corrected.contactId()))
                                .findFirst().orElse(null));
                        offerNumbers();
                        number.set(corrected.numberInput());
                        return;
                    }
                    contact.set(loaded.contacts().stream().filter(Contact::decisionMaker).findFirst()
                            .orElse(loaded.contacts().isEmpty() ? null : loaded.contacts().getFirst()));
                    offerNumbers();
                }, error -> errors.put("form", "callDialog.error.customerLoad")));
    }

    private record Loaded(List<Contact> contacts, List<CallWarning> warnings) {
    }

    private void offerNumbers() {
        List<String> offered = new ArrayList<>();
        Contact who = contact.get();
        List<Contact> from = who == null ? contacts : List.of(who);
        for (Contact c : from) {
            if (!c.mobile().isEmpty()) {
                offered.add(c.mobile().input());
            }
            if (!c.phone().isEmpty()) {
                offered.add(c.phone().input());
            }
        }
        numbers.setAll(offered);
        if (!offered.isEmpty() && (text(number).isBlank() || !offered.contains(text(number)))) {
            number.set(offered.getFirst());
        }
    }

    private void loadWarningsForNumber() {
        String n = text(number);
        Instant now = clock.instant();
        runner.submit(context -> services.log().warningsBeforeCall(n, now), WorkCallbacks.<List<CallWarning>>of(
                found -> {
                    if (picker.chosenProperty().get() == null && n.equals(text(number))) {
                        warnings.setAll(found);
                    }
                }, error -> errors.put("form", "callDialog.error.warnings")));
    }

    /** Controls may set a text property to null (a combo box whose items change); read that as empty. */
    private static String text(StringProperty property) {
        return property.get() == null ? "" : property.get();
    }
}
