package org.callsheet.ui.calls;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.callsheet.logic.calls.OutcomeChoice;
import org.callsheet.model.Attitude;
import org.callsheet.model.CallBuilder;
import org.callsheet.model.CallDirection;
import org.callsheet.model.Contact;

/**
 * The fields of the call dialog as the rep typed them, read into a call with a message (a bundle
 * key in {@link #errors()}) beside each wrong field. A field's message goes as soon as its value
 * is right again.
 */
final class CallForm {
    private final Clock clock;
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
    private Entered opened;

    CallForm(Clock clock) {
        this.clock = clock;
        start.addListener((obs, old, now) -> recheck("startedAt", () -> readStart().isPresent()));
        duration.addListener((obs, old, now) -> recheck("durationSeconds", () -> readDuration().isPresent()));
        followUpAt.addListener((obs, old, now) -> recheck("followUp", this::followUpValid));
        followUp.addListener((obs, old, now) -> recheck("followUp", this::followUpValid));
        visitDate.addListener((obs, old, now) -> recheck("proposedVisitDate", () -> now != null));
        visitOpportunity.addListener((obs, old, now) -> recheck("proposedVisitDate",
                () -> !now || visitDate.get() != null));
    }

    /** Remembers what the form holds now, so {@link #somethingEntered()} tells what the rep typed since. */
    void markOpened() {
        opened = entered();
    }

    /** Whether the rep entered anything since the form opened that closing it would lose. */
    boolean somethingEntered() {
        return opened != null && !opened.equals(entered());
    }

    private Entered entered() {
        return new Entered(outcome.get(), text(needs), attitude.get(), visitOpportunity.get(), visitDate.get(),
                interest.get(), text(notes), text(nextStep), text(duration), text(start), followUp.get(),
                text(followUpAt));
    }

    /** The fields a rep fills in (the customer, contact and number are only looked up). */
    private record Entered(OutcomeChoice outcome, String needs, Attitude attitude, boolean visit, LocalDate visitDate,
                           Integer interest, String notes, String nextStep, String duration, String start,
                           boolean followUp, String followUpAt) {
    }

    /**
     * Reads the fields into {@code call} (identity and stamps already set); empty when a field is
     * wrong, with its message in {@link #errors()}.
     */
    Optional<CallBuilder> readInto(CallBuilder call, long customerId) {
        Optional<LocalDateTime> startAt = readStart();
        if (startAt.isEmpty()) {
            errors.put("startedAt", "callDialog.error.time");
        }
        Optional<Duration> length = readDuration();
        if (length.isEmpty()) {
            errors.put("durationSeconds", "callDialog.error.duration");
        }
        if (visitOpportunity.get() && visitDate.get() == null) {
            errors.put("proposedVisitDate", "callDialog.error.visitDate");
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        Contact who = contact.get();
        OutcomeChoice chosen = outcome.get();
        return Optional.of(call.customer(customerId, who == null ? null : who.id())
                .number(text(number).strip())
                .direction(direction.get())
                .time(startAt.get().atZone(clock.getZone()).toInstant(), (int) length.get().toSeconds())
                .outcome(chosen.outcome(), chosen.customId())
                .findings(text(needs), attitude.get(), interest.get(), text(notes), text(nextStep))
                .visit(visitOpportunity.get(), visitDate.get()));
    }

    /** When to call again, null for no follow-up; a time that is not one, or past, leaves its message. */
    Instant readFollowUp() {
        if (!followUp.get()) {
            return null;
        }
        Optional<Instant> at = CallTimes.parse(followUpAt.get()).map(t -> t.atZone(clock.getZone()).toInstant());
        if (at.isEmpty()) {
            errors.put("followUp", "callDialog.error.time");
            return null;
        }
        if (!at.get().isAfter(clock.instant())) {
            errors.put("followUp", "callDialog.error.followUpPast");
            return null;
        }
        return at.get();
    }

    /** The start as typed, as an instant; now when it cannot be read. */
    Instant startOrNow() {
        return readStart().map(t -> t.atZone(clock.getZone()).toInstant()).orElse(clock.instant());
    }

    void showStart(Instant at) {
        start.set(CallTimes.format(LocalDateTime.ofInstant(at, clock.getZone())));
    }

    void showFollowUp(Optional<Instant> at) {
        followUp.set(at.isPresent());
        followUpAt.set(at.map(t -> CallTimes.format(LocalDateTime.ofInstant(t, clock.getZone()))).orElse(""));
    }

    private boolean followUpValid() {
        return !followUp.get() || CallTimes.parse(followUpAt.get())
                .map(t -> t.atZone(clock.getZone()).toInstant().isAfter(clock.instant())).orElse(false);
    }

    private Optional<LocalDateTime> readStart() {
        return CallTimes.parse(start.get());
    }

    private Optional<Duration> readDuration() {
        return CallTimes.parseDuration(duration.get());
    }

    /** Takes a field's message away once its value is right. */
    private void recheck(String field, java.util.function.BooleanSupplier valid) {
        if (errors.containsKey(field) && valid.getAsBoolean()) {
            errors.remove(field);
        }
    }

    /** Controls may set a text property to null (a combo box whose items change); read that as empty. */
    static String text(StringProperty property) {
        return Objects.requireNonNullElse(property.get(), "");
    }

    /** Numbers of a contact (or of all contacts when none is chosen), mobile first. */
    static List<String> numbersOf(Contact who, List<Contact> all) {
        List<Contact> from = who == null ? all : List.of(who);
        return from.stream().flatMap(c -> java.util.stream.Stream.of(c.mobile(), c.phone()))
                .filter(p -> !p.isEmpty()).map(p -> p.input()).toList();
    }
}
