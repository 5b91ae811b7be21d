package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CONTACT;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.PHONE_CALL;
import static org.callsheet.persistence.jooq.Tables.VISIT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.callsheet.logic.calls.CallFilter;
import org.callsheet.logic.calls.CallRepository;
import org.callsheet.logic.calls.ContactHistory;
import org.callsheet.model.Call;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.VisitOutcome;
import org.callsheet.persistence.jooq.tables.records.PhoneCallRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Logged calls in H2 through jOOQ. Every write is one transaction. */
public final class JooqCallRepository implements CallRepository {
    private final DSLContext dsl;
    private final CallRecordMapper calls = new CallRecordMapper();

    public JooqCallRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Call insert(Call call) {
        return dsl.transactionResult(cfg -> {
            PhoneCallRecord r = cfg.dsl().newRecord(PHONE_CALL);
            calls.fill(r, call.withId(null));
            r.store();
            return call.withId(r.getId());
        });
    }

    @Override
    public void update(Call call) {
        dsl.transaction(cfg -> {
            PhoneCallRecord r = cfg.dsl().fetchSingle(PHONE_CALL, PHONE_CALL.ID.eq(call.id()));
            calls.fill(r, call);
            r.store();
        });
    }

    @Override
    public boolean delete(long id) {
        return dsl.deleteFrom(PHONE_CALL).where(PHONE_CALL.ID.eq(id)).execute() > 0;
    }

    @Override
    public Optional<Call> findById(long id) {
        return dsl.fetchOptional(PHONE_CALL, PHONE_CALL.ID.eq(id)).map(calls::toModel);
    }

    @Override
    public Optional<Call> findByUid(String uid) {
        return dsl.fetchOptional(PHONE_CALL, PHONE_CALL.UID.eq(uid)).map(calls::toModel);
    }

    @Override
    public boolean customerExists(long customerId) {
        return dsl.fetchExists(CUSTOMER, CUSTOMER.ID.eq(customerId));
    }

    @Override
    public List<Call> search(CallFilter filter) {
        Condition where = DSL.noCondition();
        if (filter.from() != null) {
            where = where.and(PHONE_CALL.STARTED_AT.ge(Stamps.toDb(filter.from())));
        }
        if (filter.to() != null) {
            where = where.and(PHONE_CALL.STARTED_AT.lt(Stamps.toDb(filter.to())));
        }
        if (filter.customerId() != null) {
            where = where.and(PHONE_CALL.CUSTOMER_ID.eq(filter.customerId()));
        }
        if (!filter.outcomes().isEmpty()) {
            where = where.and(PHONE_CALL.OUTCOME.in(filter.outcomes().stream().map(CallOutcome::name).toList()));
        }
        if (!filter.caller().isEmpty()) {
            where = where.and(PHONE_CALL.CALLER.eq(filter.caller()));
        }
        return dsl.selectFrom(PHONE_CALL).where(where)
                .orderBy(PHONE_CALL.STARTED_AT.desc(), PHONE_CALL.ID.desc())
                .fetch(calls::toModel);
    }

    @Override
    public List<Call> callsToCustomersOrNumbers(Collection<Long> customerIds, Collection<String> numberDigits,
                                                Instant since) {
        if (customerIds.isEmpty() && numberDigits.isEmpty()) {
            return List.of();
        }
        Condition whom = DSL.falseCondition();
        if (!customerIds.isEmpty()) {
            whom = whom.or(PHONE_CALL.CUSTOMER_ID.in(customerIds));
        }
        if (!numberDigits.isEmpty()) {
            whom = whom.or(PHONE_CALL.NUMBER_DIAL.in(numberDigits));
        }
        return dsl.selectFrom(PHONE_CALL).where(whom).and(PHONE_CALL.STARTED_AT.ge(Stamps.toDb(since)))
                .orderBy(PHONE_CALL.STARTED_AT.desc(), PHONE_CALL.ID.desc())
                .fetch(calls::toModel);
    }

    @Override
    public Set<Long> customersWithNumber(String numberDigits) {
        if (numberDigits.isBlank()) {
            return Set.of();
        }
        return new java.util.TreeSet<>(customersWithNumberQuery(numberDigits).fetch(CONTACT.CUSTOMER_ID));
    }

    /** One lookup per column, each on its index (H2 reads the whole table for an OR of two columns). */
    org.jooq.Select<org.jooq.Record1<Long>> customersWithNumberQuery(String numberDigits) {
        return dsl.select(CONTACT.CUSTOMER_ID).from(CONTACT).where(CONTACT.MOBILE_DIAL.eq(numberDigits))
                .union(dsl.select(CONTACT.CUSTOMER_ID).from(CONTACT).where(CONTACT.PHONE_DIAL.eq(numberDigits)));
    }

    @Override
    public Set<String> numbersOf(long customerId) {
        Set<String> out = new LinkedHashSet<>();
        dsl.select(CONTACT.MOBILE_DIAL, CONTACT.PHONE_DIAL).from(CONTACT).where(CONTACT.CUSTOMER_ID.eq(customerId))
                .orderBy(CONTACT.ID)
                .forEach(r -> {
                    addIfPresent(out, r.value1());
                    addIfPresent(out, r.value2());
                });
        return out;
    }

    private static void addIfPresent(Set<String> out, String digits) {
        if (digits != null && !digits.isBlank()) {
            out.add(digits);
        }
    }

    @Override
    public ContactHistory historyOf(long customerId) {
        return historiesWhere(PHONE_CALL.CUSTOMER_ID.eq(customerId), VISIT.CUSTOMER_ID.eq(customerId))
                .getOrDefault(customerId, ContactHistory.none(customerId));
    }

    @Override
    public Map<Long, ContactHistory> histories() {
        return historiesWhere(DSL.noCondition(), DSL.noCondition());
    }

    /** Calls and logged visits: a met customer is reached, any other logged visit is an attempt. */
    private Map<Long, ContactHistory> historiesWhere(Condition callWhere, Condition visitWhere) {
        Field<OffsetDateTime> lastContact = DSL.max(
                DSL.when(PHONE_CALL.CONNECTED.isTrue(), PHONE_CALL.STARTED_AT)).as("last_contact");
        Field<OffsetDateTime> lastAttempt = DSL.max(PHONE_CALL.STARTED_AT).as("last_attempt");
        Map<Long, ContactHistory> out = new HashMap<>();
        dsl.select(PHONE_CALL.CUSTOMER_ID, lastContact, lastAttempt).from(PHONE_CALL).where(callWhere)
                .groupBy(PHONE_CALL.CUSTOMER_ID)
                .forEach(r -> out.put(r.value1(), new ContactHistory(r.value1(), Stamps.fromDb(r.value2()),
                        Stamps.fromDb(r.value3()))));
        Field<OffsetDateTime> lastMet = DSL.max(
                DSL.when(VISIT.OUTCOME.eq(VisitOutcome.MET.name()), VISIT.DONE_AT)).as("last_met");
        Field<OffsetDateTime> lastVisit = DSL.max(VISIT.DONE_AT).as("last_visit");
        dsl.select(VISIT.CUSTOMER_ID, lastMet, lastVisit).from(VISIT).where(visitWhere)
                .and(VISIT.DONE_AT.isNotNull()).and(VISIT.OUTCOME.ne(VisitOutcome.CANCELLED.name()))
                .groupBy(VISIT.CUSTOMER_ID)
                .forEach(r -> out.merge(r.value1(), new ContactHistory(r.value1(), Stamps.fromDb(r.value2()),
                        Stamps.fromDb(r.value3())), JooqCallRepository::later));
        return out;
    }

    private static ContactHistory later(ContactHistory a, ContactHistory b) {
        return new ContactHistory(a.customerId(), later(a.lastContact(), b.lastContact()),
                later(a.lastAttempt(), b.lastAttempt()));
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    @Override
    public Map<Long, Call> latestCallsWithNeeds() {
        Map<Long, Call> out = new HashMap<>();
        dsl.selectFrom(PHONE_CALL).where(PHONE_CALL.NEEDS.isNotNull())
                .orderBy(PHONE_CALL.STARTED_AT.asc(), PHONE_CALL.ID.asc())
                .forEach(r -> out.put(r.getCustomerId(), calls.toModel(r)));
        return out;
    }
}
