package org.callsheet.logic.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.callsheet.logic.calls.CallFilter;
import org.callsheet.logic.calls.CallRepository;
import org.callsheet.logic.calls.ContactHistory;
import org.callsheet.model.Attitude;
import org.callsheet.model.Call;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.FollowUp;

/**
 * Builds the agenda of a day and keeps the ticks of its end-of-day checklist. Checklist: a thank-you
 * note to every customer with an order that day; booking the key customers (super, big) due for a
 * follow-up or a regular callback by the next day; material for customers reached that day who
 * showed interest (interest level at the threshold or above, or a positive attitude when no level
 * was given). Customers marked "no need" are left out.
 */
public final class AgendaService {
    private final FollowUpService followUps;
    private final KeyDates keyDates;
    private final ChineseHolidays holidays;
    private final CustomerFacts facts;
    private final CallRepository calls;
    private final ChecklistRepository checklist;
    private final Supplier<ReminderRules> rules;
    private final Clock clock;

    public AgendaService(FollowUpService followUps, CustomerFacts facts, CallRepository calls,
                         ChecklistRepository checklist, ReminderRules rules, Clock clock) {
        this(followUps, facts, calls, checklist, () -> rules, clock);
    }

    /** With rules read afresh for each agenda, so changed settings apply at once. */
    public AgendaService(FollowUpService followUps, CustomerFacts facts, CallRepository calls,
                         ChecklistRepository checklist, Supplier<ReminderRules> rules, Clock clock) {
        this.followUps = followUps;
        this.keyDates = new KeyDates(facts);
        this.holidays = new ChineseHolidays();
        this.facts = facts;
        this.calls = calls;
        this.checklist = checklist;
        this.rules = rules;
        this.clock = clock;
    }

    public Agenda today() {
        return agendaFor(LocalDate.now(clock));
    }

    public Agenda agendaFor(LocalDate date) {
        Map<Long, CustomerBrief> customers = facts.customers();
        LocalDate horizon = date.plusDays(rules.get().keyDateLeadDays());
        List<DueFollowUp> due = followUps.dueOn(date).stream()
                .filter(d -> callable(customers, d.followUp().customerId()))
                .toList();
        return new Agenda(date, due, keyDates.between(date, horizon), holidayReminders(date, horizon, customers),
                checklist(date, customers));
    }

    public void tick(LocalDate date, ChecklistKind kind, long customerId) {
        checklist.tick(date, kind, customerId, clock.instant());
    }

    public void untick(LocalDate date, ChecklistKind kind, long customerId) {
        checklist.untick(date, kind, customerId);
    }

    private List<HolidayReminder> holidayReminders(LocalDate date, LocalDate horizon,
                                                   Map<Long, CustomerBrief> customers) {
        Set<CustomerStatus> greeted = rules.get().greetOnHolidays();
        List<CustomerBrief> greet = customers.values().stream()
                .filter(c -> c.callable() && greeted.contains(c.status()))
                .sorted(Comparator.comparing(CustomerBrief::status).thenComparing(CustomerBrief::name)
                        .thenComparingLong(CustomerBrief::id))
                .toList();
        return holidays.between(date, horizon).stream().map(h -> new HolidayReminder(h, greet)).toList();
    }

    private List<ChecklistItem> checklist(LocalDate date, Map<Long, CustomerBrief> customers) {
        Set<ChecklistRepository.Tick> ticked = checklist.ticked(date);
        List<ChecklistItem> out = new ArrayList<>();
        addItems(out, ChecklistKind.THANK_YOU, sortedIds(facts.customersWithOrdersOn(date)), customers, ticked);
        addItems(out, ChecklistKind.BOOK_TOMORROW, keyCustomersDueBy(date.plusDays(1), customers), customers, ticked);
        addItems(out, ChecklistKind.SEND_MATERIAL, interestedOn(date), customers, ticked);
        return out;
    }

    private static void addItems(List<ChecklistItem> out, ChecklistKind kind, Set<Long> ids,
                                 Map<Long, CustomerBrief> customers, Set<ChecklistRepository.Tick> ticked) {
        for (long id : ids) {
            if (callable(customers, id)) {
                out.add(new ChecklistItem(kind, customers.get(id), ticked.contains(new ChecklistRepository.Tick(kind, id))));
            }
        }
    }

    private Set<Long> keyCustomersDueBy(LocalDate day, Map<Long, CustomerBrief> customers) {
        ZoneId zone = clock.getZone();
        Set<Long> out = new LinkedHashSet<>();
        for (DueFollowUp d : followUps.dueOn(day)) {
            FollowUp f = d.followUp();
            if (!d.overdue() && isKey(customers, f.customerId())) {
                out.add(f.customerId());
            }
        }
        CallbackSchedule schedule = new CallbackSchedule(rules.get(), zone);
        Map<Long, ContactHistory> histories = calls.histories();
        customers.values().stream()
                .filter(c -> c.status().isKey())
                .filter(c -> schedule.nextDue(c, histories.get(c.id()), day).filter(d -> !d.isAfter(day)).isPresent())
                .sorted(Comparator.comparing(CustomerBrief::status).thenComparingLong(CustomerBrief::id))
                .forEach(c -> out.add(c.id()));
        return out;
    }

    private Set<Long> interestedOn(LocalDate date) {
        Set<Long> out = new LinkedHashSet<>();
        List<Call> ofDay = new ArrayList<>(calls.search(CallFilter.days(date, date, clock.getZone())));
        ofDay.sort(Comparator.comparing(Call::startedAt));
        int material = rules.get().materialInterest();
        for (Call c : ofDay) {
            boolean interested = c.interestLevel() != null ? c.interestLevel() >= material
                    : c.attitude() == Attitude.POSITIVE;
            if (c.connected() && interested) {
                out.add(c.customerId());
            }
        }
        return out;
    }

    private static Set<Long> sortedIds(Set<Long> ids) {
        return new LinkedHashSet<>(ids.stream().sorted().toList());
    }

    private static boolean isKey(Map<Long, CustomerBrief> customers, long id) {
        CustomerBrief c = customers.get(id);
        return c != null && c.status().isKey();
    }

    private static boolean callable(Map<Long, CustomerBrief> customers, long id) {
        CustomerBrief c = customers.get(id);
        return c != null && c.callable();
    }
}
