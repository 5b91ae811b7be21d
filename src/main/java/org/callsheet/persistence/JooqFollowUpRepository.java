package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.FOLLOW_UP;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.callsheet.logic.reminders.FollowUpRepository;
import org.callsheet.model.FollowUp;
import org.callsheet.model.FollowUpStatus;
import org.callsheet.persistence.jooq.tables.records.FollowUpRecord;
import org.jooq.DSLContext;

/** Follow-ups in H2 through jOOQ. Every write is one transaction. */
public final class JooqFollowUpRepository implements FollowUpRepository {
    private static final String OPEN = FollowUpStatus.OPEN.name();
    private final DSLContext dsl;
    private final FollowUpRecordMapper followUps = new FollowUpRecordMapper();

    public JooqFollowUpRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public FollowUp insert(FollowUp followUp) {
        return dsl.transactionResult(cfg -> {
            FollowUpRecord r = cfg.dsl().newRecord(FOLLOW_UP);
            followUps.fill(r, followUp.withId(null));
            r.store();
            return followUp.withId(r.getId());
        });
    }

    @Override
    public void update(FollowUp followUp) {
        dsl.transaction(cfg -> {
            FollowUpRecord r = cfg.dsl().fetchSingle(FOLLOW_UP, FOLLOW_UP.ID.eq(followUp.id()));
            followUps.fill(r, followUp);
            r.store();
        });
    }

    @Override
    public Optional<FollowUp> findById(long id) {
        return dsl.fetchOptional(FOLLOW_UP, FOLLOW_UP.ID.eq(id)).map(followUps::toModel);
    }

    @Override
    public List<FollowUp> openOf(long customerId) {
        return dsl.selectFrom(FOLLOW_UP)
                .where(FOLLOW_UP.CUSTOMER_ID.eq(customerId)).and(FOLLOW_UP.STATUS.eq(OPEN))
                .orderBy(FOLLOW_UP.DUE_AT, FOLLOW_UP.ID)
                .fetch(followUps::toModel);
    }

    @Override
    public List<FollowUp> openDueBefore(Instant dueBefore) {
        return dsl.selectFrom(FOLLOW_UP)
                .where(FOLLOW_UP.STATUS.eq(OPEN)).and(FOLLOW_UP.DUE_AT.lt(Stamps.toDb(dueBefore)))
                .orderBy(FOLLOW_UP.DUE_AT, FOLLOW_UP.ID)
                .fetch(followUps::toModel);
    }

    @Override
    public List<FollowUp> allOf(long customerId) {
        return dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.CUSTOMER_ID.eq(customerId))
                .orderBy(FOLLOW_UP.DUE_AT.desc(), FOLLOW_UP.ID.desc())
                .fetch(followUps::toModel);
    }
}
