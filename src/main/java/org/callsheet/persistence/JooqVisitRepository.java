package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.VISIT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.callsheet.logic.visits.VisitRepository;
import org.callsheet.model.Visit;
import org.callsheet.persistence.jooq.tables.records.VisitRecord;
import org.jooq.DSLContext;

/** Visits in H2 through jOOQ. */
public final class JooqVisitRepository implements VisitRepository {
    private final DSLContext dsl;
    private final VisitRecordMapper visits = new VisitRecordMapper();

    public JooqVisitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Visit insert(Visit visit) {
        return dsl.transactionResult(cfg -> {
            VisitRecord r = cfg.dsl().newRecord(VISIT);
            visits.fill(r, visit.withId(null));
            r.store();
            return visit.withId(r.getId());
        });
    }

    @Override
    public void update(Visit visit) {
        dsl.transaction(cfg -> {
            VisitRecord r = cfg.dsl().fetchSingle(VISIT, VISIT.ID.eq(visit.id()));
            visits.fill(r, visit);
            r.store();
        });
    }

    @Override
    public boolean delete(long id) {
        return dsl.deleteFrom(VISIT).where(VISIT.ID.eq(id)).execute() > 0;
    }

    @Override
    public Optional<Visit> findById(long id) {
        return dsl.fetchOptional(VISIT, VISIT.ID.eq(id)).map(visits::toModel);
    }

    @Override
    public Optional<Visit> findByUid(String uid) {
        return dsl.fetchOptional(VISIT, VISIT.UID.eq(uid)).map(visits::toModel);
    }

    @Override
    public List<Visit> onDay(LocalDate day) {
        return dsl.selectFrom(VISIT).where(VISIT.VISIT_DATE.eq(day))
                .orderBy(VISIT.SEQUENCE.asc().nullsLast(), VISIT.ID.asc())
                .fetch(visits::toModel);
    }

    @Override
    public List<Visit> between(LocalDate from, LocalDate to) {
        return dsl.selectFrom(VISIT).where(VISIT.VISIT_DATE.between(from, to))
                .orderBy(VISIT.VISIT_DATE, VISIT.SEQUENCE.asc().nullsLast(), VISIT.ID.asc())
                .fetch(visits::toModel);
    }

    @Override
    public List<Visit> ofCustomer(long customerId) {
        return dsl.selectFrom(VISIT).where(VISIT.CUSTOMER_ID.eq(customerId))
                .orderBy(VISIT.VISIT_DATE.desc(), VISIT.SEQUENCE.asc().nullsLast(), VISIT.ID.desc())
                .fetch(visits::toModel);
    }

    @Override
    public List<Visit> notDoneBefore(LocalDate day) {
        return dsl.selectFrom(VISIT).where(VISIT.VISIT_DATE.lt(day)).and(VISIT.DONE_AT.isNull())
                .orderBy(VISIT.VISIT_DATE.asc(), VISIT.SEQUENCE.asc().nullsLast(), VISIT.ID.asc())
                .fetch(visits::toModel);
    }
}
