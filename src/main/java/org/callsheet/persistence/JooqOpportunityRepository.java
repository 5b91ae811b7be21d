package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.OPPORTUNITY;
import static org.callsheet.persistence.jooq.Tables.OPPORTUNITY_CHANGE;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.callsheet.logic.funnel.FunnelEntry;
import org.callsheet.logic.funnel.OpportunityFilter;
import org.callsheet.logic.funnel.OpportunityRepository;
import org.callsheet.logic.funnel.OpportunityRow;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityChange;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.Stage;
import org.callsheet.model.StageDates;
import org.callsheet.persistence.jooq.tables.records.OpportunityChangeRecord;
import org.callsheet.persistence.jooq.tables.records.OpportunityRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Opportunities and their history in H2 through jOOQ. Every write is one transaction. */
public final class JooqOpportunityRepository implements OpportunityRepository {
    private static final int FETCH_SIZE = 10_000;
    private final DSLContext dsl;
    private final DSLContext bulkReads;
    private final OpportunityRecordMapper mapper = new OpportunityRecordMapper();

    public JooqOpportunityRepository(DSLContext dsl) {
        this(dsl, dsl);
    }

    /** {@code bulkReads} serves the pass over every opportunity the funnel figures make. */
    public JooqOpportunityRepository(DSLContext dsl, DSLContext bulkReads) {
        this.dsl = dsl;
        this.bulkReads = bulkReads;
    }

    @Override
    public Opportunity insert(Opportunity opportunity, OpportunityChange opened) {
        return dsl.transactionResult(cfg -> {
            OpportunityRecord r = cfg.dsl().newRecord(OPPORTUNITY);
            mapper.fill(r, opportunity.withId(null));
            r.store();
            appendChange(cfg.dsl(), opened.forOpportunity(r.getId()));
            return opportunity.withId(r.getId());
        });
    }

    @Override
    public void insertAll(List<Opportunity> opportunities, List<List<OpportunityChange>> histories) {
        if (opportunities.isEmpty()) {
            return;
        }
        dsl.transaction(cfg -> {
            for (int i = 0; i < opportunities.size(); i++) {
                OpportunityRecord r = cfg.dsl().newRecord(OPPORTUNITY);
                mapper.fill(r, opportunities.get(i).withId(null));
                r.store();
                for (OpportunityChange change : histories.get(i)) {
                    appendChange(cfg.dsl(), change.forOpportunity(r.getId()));
                }
            }
        });
    }

    @Override
    public void update(Opportunity opportunity, OpportunityChange change) {
        dsl.transaction(cfg -> {
            OpportunityRecord r = cfg.dsl().fetchSingle(OPPORTUNITY, OPPORTUNITY.ID.eq(opportunity.id()));
            mapper.fill(r, opportunity);
            r.store();
            appendChange(cfg.dsl(), change.forOpportunity(opportunity.id()));
        });
    }

    private void appendChange(DSLContext tx, OpportunityChange change) {
        OpportunityChangeRecord c = tx.newRecord(OPPORTUNITY_CHANGE);
        mapper.fill(c, change, null);
        c.store();
    }

    @Override
    public Optional<Opportunity> findById(long id) {
        return dsl.fetchOptional(OPPORTUNITY, OPPORTUNITY.ID.eq(id)).map(mapper::toModel);
    }

    @Override
    public Optional<Opportunity> findByUid(String uid) {
        return dsl.fetchOptional(OPPORTUNITY, OPPORTUNITY.UID.eq(uid)).map(mapper::toModel);
    }

    @Override
    public List<String> owners() {
        return dsl.selectDistinct(OPPORTUNITY.OWNER_REP).from(OPPORTUNITY)
                .where(OPPORTUNITY.OWNER_REP.isNotNull()).and(OPPORTUNITY.OWNER_REP.ne(""))
                .orderBy(OPPORTUNITY.OWNER_REP).fetch(OPPORTUNITY.OWNER_REP);
    }

    @Override
    public boolean customerExists(long customerId) {
        return dsl.fetchExists(CUSTOMER, CUSTOMER.ID.eq(customerId));
    }

    @Override
    public List<OpportunityRow> search(OpportunityFilter f) {
        Condition where = DSL.noCondition();
        if (f.customerId() != null) {
            where = where.and(OPPORTUNITY.CUSTOMER_ID.eq(f.customerId()));
        }
        if (f.stage() != null) {
            where = where.and(OPPORTUNITY.STAGE.eq(f.stage().name()));
        }
        if (f.status() != null) {
            where = where.and(OPPORTUNITY.STATUS.eq(f.status().name()));
        }
        if (f.owner() != null && !f.owner().isBlank()) {
            where = where.and(OPPORTUNITY.OWNER_REP.eq(f.owner().strip()));
        }
        if (f.createdFrom() != null) {
            where = where.and(OPPORTUNITY.CREATED_AT.ge(Stamps.toDb(f.createdFrom())));
        }
        if (f.createdUntil() != null) {
            where = where.and(OPPORTUNITY.CREATED_AT.lt(Stamps.toDb(f.createdUntil())));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + f.text().strip().toLowerCase(java.util.Locale.ROOT) + "%";
            where = where.and(DSL.lower(OPPORTUNITY.TITLE).like(like).or(DSL.lower(CUSTOMER.NAME).like(like)));
        }
        List<OpportunityRow> rows = new ArrayList<>();
        dsl.select(OPPORTUNITY.fields()).select(CUSTOMER.NAME, CUSTOMER.EXTERNAL_ID, CUSTOMER.UID)
                .from(OPPORTUNITY).join(CUSTOMER).on(CUSTOMER.ID.eq(OPPORTUNITY.CUSTOMER_ID))
                .where(where).orderBy(OPPORTUNITY.CREATED_AT.desc(), OPPORTUNITY.ID.desc())
                .forEach(r -> {
                    Opportunity o = mapper.toModel(r.into(OPPORTUNITY));
                    String key = r.get(CUSTOMER.EXTERNAL_ID) != null ? r.get(CUSTOMER.EXTERNAL_ID) : r.get(CUSTOMER.UID);
                    rows.add(new OpportunityRow(o, r.get(CUSTOMER.NAME), key));
                });
        return rows;
    }

    @Override
    public List<OpportunityChange> history(long opportunityId) {
        return dsl.selectFrom(OPPORTUNITY_CHANGE).where(OPPORTUNITY_CHANGE.OPPORTUNITY_ID.eq(opportunityId))
                .orderBy(OPPORTUNITY_CHANGE.CHANGED_AT, OPPORTUNITY_CHANGE.ID).fetch(mapper::toModel);
    }

    @Override
    public void forEachFunnelEntry(Consumer<FunnelEntry> sink) {
        // plain JDBC: at 100,000 rows jOOQ's records cost more than reading the data (ADR 23)
        String sql = "SELECT id, owner_rep, created_at, stage, status, amount, probability, lost_reason, lead_at,"
                + " opportunity_at, quote_at, negotiation_at, contract_at, payment_at, invoice_at FROM opportunity";
        bulkReads.connection(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setFetchSize(FETCH_SIZE);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        sink.accept(funnelEntry(r));
                    }
                }
            }
        });
    }

    private static FunnelEntry funnelEntry(ResultSet r) throws SQLException {
        Instant[] dates = new Instant[Stage.values().length];
        for (int k = 0; k < dates.length; k++) {
            OffsetDateTime at = r.getObject(9 + k, OffsetDateTime.class);
            dates[k] = at == null ? null : at.toInstant();
        }
        return new FunnelEntry(r.getLong(1), nullToEmpty(r.getString(2)),
                r.getObject(3, OffsetDateTime.class).toInstant(), Stage.valueOf(r.getString(4)),
                OpportunityStatus.valueOf(r.getString(5)), r.getBigDecimal(6), r.getInt(7), StageDates.of(dates),
                r.getString(8));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
