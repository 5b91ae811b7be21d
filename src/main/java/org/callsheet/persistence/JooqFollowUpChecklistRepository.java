package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CHECKLIST_TICK;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.callsheet.logic.reminders.ChecklistKind;
import org.callsheet.logic.reminders.ChecklistRepository;
import org.jooq.DSLContext;

/** Ticks of the end-of-day checklist in the CHECKLIST_TICK table. */
public final class JooqFollowUpChecklistRepository implements ChecklistRepository {
    private final DSLContext dsl;

    public JooqFollowUpChecklistRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Set<Tick> ticked(LocalDate date) {
        Set<Tick> out = new LinkedHashSet<>();
        dsl.selectFrom(CHECKLIST_TICK).where(CHECKLIST_TICK.ITEM_DATE.eq(date))
                .orderBy(CHECKLIST_TICK.KIND, CHECKLIST_TICK.CUSTOMER_ID)
                .forEach(r -> out.add(new Tick(ChecklistKind.valueOf(r.getKind()), r.getCustomerId())));
        return out;
    }

    @Override
    public void tick(LocalDate date, ChecklistKind kind, long customerId, Instant at) {
        dsl.insertInto(CHECKLIST_TICK)
                .set(CHECKLIST_TICK.ITEM_DATE, date)
                .set(CHECKLIST_TICK.KIND, kind.name())
                .set(CHECKLIST_TICK.CUSTOMER_ID, customerId)
                .set(CHECKLIST_TICK.TICKED_AT, Stamps.toDb(at))
                .onDuplicateKeyIgnore()
                .execute();
    }

    @Override
    public void untick(LocalDate date, ChecklistKind kind, long customerId) {
        dsl.deleteFrom(CHECKLIST_TICK)
                .where(CHECKLIST_TICK.ITEM_DATE.eq(date))
                .and(CHECKLIST_TICK.KIND.eq(kind.name()))
                .and(CHECKLIST_TICK.CUSTOMER_ID.eq(customerId))
                .execute();
    }
}
