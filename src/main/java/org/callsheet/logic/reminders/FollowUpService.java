package org.callsheet.logic.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.callsheet.logic.calls.CallLogListener;
import org.callsheet.model.Call;
import org.callsheet.model.FollowUp;
import org.callsheet.model.FollowUpKind;
import org.callsheet.model.FollowUpStatus;

/**
 * Follow-ups: planned by hand or suggested by a call's outcome; rescheduled, snoozed, completed,
 * cancelled. Listens to the call log: a logged call closes the call follow-ups of that customer it
 * fulfils, schedules the retry its outcome suggests and the visit it proposes — only when that time
 * is still ahead, so a call logged after the fact never leaves a reminder for itself.
 */
public final class FollowUpService implements CallLogListener {
    private final FollowUpRepository followUps;
    private final Supplier<ReminderRules> rules;
    private final Clock clock;

    public FollowUpService(FollowUpRepository followUps, ReminderRules rules, Clock clock) {
        this(followUps, () -> rules, clock);
    }

    /** With rules read afresh on each use, so changed settings apply at once. */
    public FollowUpService(FollowUpRepository followUps, Supplier<ReminderRules> rules, Clock clock) {
        this.followUps = followUps;
        this.rules = rules;
        this.clock = clock;
    }

    /** When to try again after this call, if its outcome asks for it. */
    public Optional<Instant> suggestedTime(Call call) {
        return switch (call.outcome()) {
            case NO_ANSWER, BUSY -> Optional.of(call.startedAt().plus(rules.get().retryAfterNoAnswer()));
            case CALL_BACK_LATER -> Optional.of(call.startedAt().plus(rules.get().callBackLater()));
            default -> Optional.empty();
        };
    }

    public FollowUp plan(long customerId, Long contactId, FollowUpKind kind, Instant dueAt, String note) {
        Instant now = clock.instant();
        return followUps.insert(new FollowUp(null, UUID.randomUUID().toString(), customerId, contactId, kind, dueAt,
                FollowUpStatus.OPEN, null, null, note, null, now, now));
    }

    /** A call follow-up at the time the call's outcome suggests; empty when it suggests none or it is past. */
    public Optional<FollowUp> planFromCall(Call call) {
        Instant now = clock.instant();
        return suggestedTime(call).filter(t -> t.isAfter(now))
                .map(t -> followUps.insert(fromCall(call, FollowUpKind.CALL, t, now)));
    }

    /** A visit follow-up on the visit date proposed in the call; empty without one or when it is past. */
    public Optional<FollowUp> planVisitFromCall(Call call) {
        if (!call.visitOpportunity() || call.proposedVisitDate() == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant at = call.proposedVisitDate().atTime(rules.get().visitTime()).atZone(clock.getZone()).toInstant();
        return Optional.of(at).filter(t -> t.isAfter(now))
                .map(t -> followUps.insert(fromCall(call, FollowUpKind.VISIT, t, now)));
    }

    private static FollowUp fromCall(Call call, FollowUpKind kind, Instant due, Instant now) {
        return new FollowUp(null, UUID.randomUUID().toString(), call.customerId(), call.contactId(), kind, due,
                FollowUpStatus.OPEN, null, call.id(), call.nextStep(), null, now, now);
    }

    @Override
    public void callLogged(Call call) {
        ZoneId zone = clock.getZone();
        Instant endOfCallDay = call.startedAt().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        for (FollowUp f : followUps.openOf(call.customerId())) {
            if (f.kind() == FollowUpKind.CALL && f.dueAt().isBefore(endOfCallDay)
                    && f.createdAt().isBefore(call.startedAt())) {
                followUps.update(f.closed(FollowUpStatus.DONE, clock.instant()));
            }
        }
        planFromCall(call);
        planVisitFromCall(call);
    }

    public FollowUp reschedule(long id, Instant newDue) {
        return change(id, f -> f.rescheduled(newDue, clock.instant()));
    }

    /**
     * Hides the follow-up for this long from the later of now and the time it shows up, so a
     * follow-up due later today is never brought forward by snoozing it.
     */
    public FollowUp snooze(long id, Duration duration) {
        Instant now = clock.instant();
        return change(id, f -> {
            Instant from = f.effectiveAt().isAfter(now) ? f.effectiveAt() : now;
            return f.snoozed(from.plus(duration), now);
        });
    }

    public FollowUp complete(long id) {
        return change(id, f -> f.closed(FollowUpStatus.DONE, clock.instant()));
    }

    public FollowUp cancel(long id) {
        return change(id, f -> f.closed(FollowUpStatus.CANCELLED, clock.instant()));
    }

    private FollowUp change(long id, UnaryOperator<FollowUp> edit) {
        FollowUp current = followUps.findById(id).orElseThrow(() -> new NoSuchElementException("follow-up " + id));
        if (!current.isOpen()) {
            throw new IllegalStateException("follow-up " + id + " is " + current.status());
        }
        FollowUp changed = edit.apply(current);
        followUps.update(changed);
        return changed;
    }

    public List<FollowUp> openOf(long customerId) {
        return followUps.openOf(customerId);
    }

    /**
     * Open follow-ups that show up on {@code date} or earlier, overdue ones first, each group in
     * time order. Overdue is relative to that day, not to the clock: on today's list a follow-up is
     * overdue once its time has passed; on another day's list (the list as it stands when that day
     * begins) when it showed up before that day.
     */
    public List<DueFollowUp> dueOn(LocalDate date) {
        ZoneId zone = clock.getZone();
        Instant start = date.atStartOfDay(zone).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
        Instant overdueBefore = date.equals(LocalDate.now(clock)) ? clock.instant() : start;
        List<DueFollowUp> overdue = new ArrayList<>();
        List<DueFollowUp> due = new ArrayList<>();
        for (FollowUp f : followUps.openDueBefore(end)) {
            Instant at = f.effectiveAt();
            if (!at.isBefore(end)) {
                continue;
            }
            if (at.isBefore(overdueBefore)) {
                overdue.add(new DueFollowUp(f, true));
            } else {
                due.add(new DueFollowUp(f, false));
            }
        }
        overdue.sort(Comparator.comparing(d -> d.followUp().effectiveAt()));
        due.sort(Comparator.comparing(d -> d.followUp().effectiveAt()));
        overdue.addAll(due);
        return overdue;
    }
}
