package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.PHONE_CALL;
import static org.callsheet.persistence.jooq.Tables.VISIT;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.callsheet.logic.visits.VisitFacts;
import org.callsheet.logic.visits.VisitOpportunity;
import org.callsheet.model.VisitOutcome;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Visit opportunities from calls and the last visits, read with jOOQ. */
public final class JooqVisitFacts implements VisitFacts {
    private final DSLContext dsl;
    private final ZoneId zone;

    public JooqVisitFacts(DSLContext dsl, ZoneId zone) {
        this.dsl = dsl;
        this.zone = zone;
    }

    @Override
    public List<VisitOpportunity> openOpportunities() {
        Map<Long, LocalDate> lastVisits = lastLoggedVisits();
        List<VisitOpportunity> out = new ArrayList<>();
        Map<Long, Boolean> seen = new HashMap<>();
        for (var r : dsl.select(PHONE_CALL.CUSTOMER_ID, PHONE_CALL.STARTED_AT, PHONE_CALL.PROPOSED_VISIT_ON,
                        PHONE_CALL.INTEREST_LEVEL, PHONE_CALL.NEEDS)
                .from(PHONE_CALL).where(PHONE_CALL.VISIT_OPPORTUNITY.isTrue())
                .orderBy(PHONE_CALL.CUSTOMER_ID, PHONE_CALL.STARTED_AT.desc(), PHONE_CALL.ID.desc()).fetch()) {
            long customer = r.value1();
            if (seen.putIfAbsent(customer, true) != null) {
                continue;
            }
            LocalDate calledOn = Stamps.fromDb(r.value2()).atZone(zone).toLocalDate();
            LocalDate visited = lastVisits.get(customer);
            if (visited == null || visited.isBefore(calledOn)) {
                out.add(new VisitOpportunity(customer, calledOn, Optional.ofNullable(r.value3()), r.value4(),
                        r.value5() == null ? "" : r.value5()));
            }
        }
        return out;
    }

    @Override
    public Map<Long, LocalDate> lastMetVisits() {
        return lastVisits(VISIT.OUTCOME.eq(VisitOutcome.MET.name()));
    }

    @Override
    public Map<Long, Integer> interestLevels() {
        Map<Long, Integer> out = new HashMap<>();
        dsl.select(PHONE_CALL.CUSTOMER_ID, DSL.max(PHONE_CALL.INTEREST_LEVEL)).from(PHONE_CALL)
                .where(PHONE_CALL.INTEREST_LEVEL.isNotNull()).groupBy(PHONE_CALL.CUSTOMER_ID)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    private Map<Long, LocalDate> lastLoggedVisits() {
        return lastVisits(VISIT.DONE_AT.isNotNull());
    }

    private Map<Long, LocalDate> lastVisits(org.jooq.Condition which) {
        Map<Long, LocalDate> out = new HashMap<>();
        dsl.select(VISIT.CUSTOMER_ID, DSL.max(VISIT.VISIT_DATE)).from(VISIT).where(which)
                .groupBy(VISIT.CUSTOMER_ID).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }
}
