package org.callsheet.logic.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.callsheet.logic.calls.CallRepository;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.visits.VisitRepository;
import org.callsheet.model.Attitude;
import org.callsheet.model.Call;
import org.callsheet.model.CallDirection;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.Contact;
import org.callsheet.model.Phone;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitOutcome;
import org.callsheet.model.VisitReason;
import org.callsheet.model.VisitReport;
import org.callsheet.model.VisitSlot;

/**
 * The rep's recent work in the demo book: calls of the last two months to about one customer in
 * eight (at most {@value #MAX_CUSTOMERS}), some noting needs, interest and a visit opportunity —
 * often with a visit date around today —, and visits for part of those opportunities: met ones in
 * the past fortnight with what was found, planned ones on the coming working days. Every record's
 * uid is fixed by the seed and the customer's place in the book, and a record already stored is
 * not written again, so a run stopped half way is finished by running it again.
 */
public final class DemoActivity {
    public static final int MAX_CUSTOMERS = 3_000;
    private static final long SALT = 0x5EED_CA11L;
    private static final List<String> NEEDS = List.of("年底集中采购，需要报价", "想换供应商，比较价格", "设备老化，考虑升级",
            "新厂区投产，需要配套", "对售后服务不满意", "预算已批，等方案", "想先试用样品");
    private static final List<String> NOTES = List.of("采购经理很配合", "老板亲自接的电话", "要求下周再联系", "对价格敏感",
            "提到竞争对手在报价");
    private static final List<String> PURPOSES = List.of("送样品", "技术交流", "商务洽谈", "签合同", "回访老客户");
    private static final List<String> FOUND = List.of("二期扩容", "明年预算增加", "想要更长账期", "对交期有要求");

    /** What was written (records already stored before are not counted). */
    public record Written(int calls, int visits) {
    }

    private final CustomerRepository customers;
    private final CallRepository calls;
    private final VisitRepository visits;
    private final PhoneNormalizer phones;
    private final Clock clock;

    public DemoActivity(CustomerRepository customers, CallRepository calls, VisitRepository visits,
                        PhoneNormalizer phones, Clock clock) {
        this.customers = customers;
        this.phones = phones;
        this.calls = calls;
        this.visits = visits;
        this.clock = clock;
    }

    /** Writes the calls and visits of the demo customers (ids in any order). */
    public Written generate(long[] customerIds, DemoPlan plan) {
        long[] ids = customerIds.clone();
        Arrays.sort(ids);
        double share = Math.min(0.125, (double) MAX_CUSTOMERS / Math.max(1, ids.length));
        int callCount = 0;
        List<Visit> visitsToWrite = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            DemoRandom random = new DemoRandom(plan.seed() ^ SALT, i);
            if (!random.chance(share)) {
                continue;
            }
            String rep = plan.reps().get(i % plan.reps().size());
            Call last = null;
            for (Call call : calls(random, ids[i], rep)) {
                last = call;
                if (calls.findByUid(call.uid()).isEmpty()) {
                    calls.insert(call);
                    callCount++;
                }
            }
            if (last != null && last.visitOpportunity() && random.chance(0.6)) {
                visitsToWrite.add(visit(random, last));
            }
        }
        int visitCount = 0;
        for (Visit visit : withUpcomingInOneCity(visitsToWrite)) {
            if (visits.findByUid(visit.uid()).isEmpty()) {
                visits.insert(visit);
                visitCount++;
            }
        }
        return new Written(callCount, visitCount);
    }

    /**
     * The visits made, and of the planned ones only those in the city with the most: a rep plans a
     * day's visits in one area, so planned visits all over the country would make no sense as a
     * day. The other customers stay visit candidates through their calls.
     */
    private List<Visit> withUpcomingInOneCity(List<Visit> all) {
        java.util.Map<Visit, String> cityOf = new java.util.LinkedHashMap<>();
        for (Visit visit : all) {
            if (visit.report().isEmpty()) {
                cityOf.put(visit, customers.findById(visit.customerId()).map(c -> c.address().city()).orElse(""));
            }
        }
        java.util.Map<String, Long> perCity = cityOf.values().stream().filter(city -> !city.isEmpty())
                .collect(java.util.stream.Collectors.groupingBy(city -> city, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()));
        String home = perCity.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse("");
        return all.stream().filter(visit -> !cityOf.containsKey(visit) || cityOf.get(visit).equals(home)).toList();
    }

    private List<Call> calls(DemoRandom random, long customerId, String rep) {
        List<Contact> contacts = customers.contactsOf(customerId);
        Contact contact = contacts.isEmpty() ? null : contacts.getFirst();
        Phone number = contact == null ? Phone.NONE : contact.mobile().isEmpty() ? contact.phone() : contact.mobile();
        LocalDate today = LocalDate.now(clock);
        int count = random.between(1, 3);
        int daysAgo = random.between(count, 60);
        List<Call> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            boolean lastCall = k == count - 1;
            LocalDate day = today.minusDays(Math.max(1, daysAgo));
            daysAgo -= random.between(1, Math.max(1, daysAgo / (count - k)));
            Instant at = day.atTime(random.between(9, 17), random.between(0, 59)).atZone(zone()).toInstant();
            CallOutcome outcome = lastCall && random.chance(0.75) ? CallOutcome.CONNECTED
                    : random.pick(List.of(CallOutcome.CONNECTED, CallOutcome.NO_ANSWER, CallOutcome.BUSY,
                    CallOutcome.CALL_BACK_LATER));
            boolean talked = outcome == CallOutcome.CONNECTED;
            boolean visitOpportunity = talked && lastCall && random.chance(0.45);
            LocalDate visitDate = visitOpportunity && random.chance(0.6)
                    ? later(day, today.plusDays(random.between(-5, 14))) : null;
            out.add(new Call(null, random.uuid(), null, customerId, contact == null ? null : contact.id(),
                    number.input(), phones.dialDigits(number), CallDirection.OUTGOING, at,
                    talked ? random.between(60, 900) : 0, outcome,
                    talked && random.chance(0.7) ? random.pick(NEEDS) : "",
                    talked ? attitude(random, visitOpportunity) : null,
                    visitOpportunity, visitDate, talked ? Integer.valueOf(visitOpportunity ? random.between(3, 5)
                    : random.between(1, 4)) : null,
                    talked ? random.pick(NOTES) : "", visitOpportunity ? "约拜访" : "", rep, at, at, null));
        }
        return out;
    }

    /** A customer who offers a visit is rarely negative about it. */
    private static Attitude attitude(DemoRandom random, boolean visitOpportunity) {
        return visitOpportunity ? random.pick(List.of(Attitude.POSITIVE, Attitude.POSITIVE, Attitude.NEUTRAL))
                : random.pick(List.of(Attitude.POSITIVE, Attitude.NEUTRAL, Attitude.NEUTRAL, Attitude.NEGATIVE));
    }

    /** A visit for the call's opportunity: on the date it gave or soon after; one in the past was made. */
    private Visit visit(DemoRandom random, Call call) {
        LocalDate today = LocalDate.now(clock);
        LocalDate callDay = LocalDate.ofInstant(call.startedAt(), zone());
        LocalDate day = workingDay(call.proposedVisitDate() != null ? call.proposedVisitDate()
                : later(callDay.plusDays(1), today.plusDays(random.between(-10, 10))));
        Instant planned = callDay.atTime(18, 0).atZone(zone()).toInstant();
        Visit visit = new Visit(null, random.uuid(), call.customerId(), VisitSlot.on(day), VisitReason.CALL_OPPORTUNITY,
                random.pick(PURPOSES), null, planned, planned);
        if (!day.isBefore(today)) {
            return visit;
        }
        Instant done = day.atTime(random.between(9, 16), 30).atZone(zone()).toInstant();
        VisitOutcome outcome = random.chance(0.85) ? VisitOutcome.MET : VisitOutcome.NOT_MET;
        VisitReport report = outcome == VisitOutcome.MET
                ? new VisitReport(done, outcome, random.pick(FOUND), random.pick(NOTES), random.pick(List.of("发报价单",
                "约技术交流", "催合同")))
                : new VisitReport(done, outcome, "", "负责人不在", "再约时间");
        return visit.withReport(report).withStamps(planned, done);
    }

    private static LocalDate later(LocalDate notBefore, LocalDate day) {
        return day.isBefore(notBefore) ? notBefore : day;
    }

    private static LocalDate workingDay(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
