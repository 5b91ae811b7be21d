package org.callsheet.persistence;

import static org.callsheet.persistence.CustomerRecordMapper.emptyToNull;
import static org.callsheet.persistence.jooq.Tables.OPPORTUNITY;

import java.time.OffsetDateTime;
import java.util.List;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityChange;
import org.callsheet.model.OpportunitySource;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.OpportunityTerms;
import org.callsheet.model.Stage;
import org.callsheet.model.StageDates;
import org.callsheet.model.StageState;
import org.callsheet.persistence.jooq.tables.records.OpportunityChangeRecord;
import org.callsheet.persistence.jooq.tables.records.OpportunityRecord;
import org.jooq.Field;
import org.jooq.Record;

/** Opportunity ↔ OPPORTUNITY row, and its history entries ↔ OPPORTUNITY_CHANGE rows. */
final class OpportunityRecordMapper {
    /** The first-entry column of each stage, in stage order. */
    static final List<Field<OffsetDateTime>> STAGE_COLUMNS = List.of(OPPORTUNITY.LEAD_AT, OPPORTUNITY.OPPORTUNITY_AT,
            OPPORTUNITY.QUOTE_AT, OPPORTUNITY.NEGOTIATION_AT, OPPORTUNITY.CONTRACT_AT, OPPORTUNITY.PAYMENT_AT,
            OPPORTUNITY.INVOICE_AT);

    Opportunity toModel(OpportunityRecord r) {
        OpportunityTerms terms = new OpportunityTerms(r.getTitle(), r.getAmount(), r.getOwnerRep(),
                OpportunitySource.valueOf(r.getSource()), r.getExpectedClose(), r.getNextStep(), r.getNotes());
        StageState state = new StageState(Stage.valueOf(r.getStage()), r.getProbability(),
                Stamps.fromDb(r.getStageSince()), OpportunityStatus.valueOf(r.getStatus()), r.getLostReason(),
                Stamps.fromDb(r.getClosedAt()));
        return new Opportunity(r.getId(), r.getUid(), r.getExternalId(), r.getCustomerId(), terms, state,
                stageDates(r), Stamps.fromDb(r.getCreatedAt()), Stamps.fromDb(r.getUpdatedAt()));
    }

    static StageDates stageDates(Record r) {
        StageDates dates = StageDates.none();
        for (Stage stage : Stage.values()) {
            OffsetDateTime at = r.get(STAGE_COLUMNS.get(stage.ordinal()));
            if (at != null) {
                dates = dates.with(stage, at.toInstant());
            }
        }
        return dates;
    }

    void fill(OpportunityRecord r, Opportunity o) {
        if (o.id() != null) {
            r.setId(o.id());
        }
        r.setUid(o.uid());
        r.setExternalId(emptyToNull(o.externalId()));
        r.setCustomerId(o.customerId());
        OpportunityTerms t = o.terms();
        r.setTitle(t.title());
        r.setAmount(t.amount());
        r.setOwnerRep(emptyToNull(t.owner()));
        r.setSource(t.source().name());
        r.setExpectedClose(t.expectedClose());
        r.setNextStep(emptyToNull(t.nextStep()));
        r.setNotes(emptyToNull(t.notes()));
        StageState s = o.state();
        r.setStage(s.stage().name());
        r.setProbability(s.probability());
        r.setStageSince(Stamps.toDb(s.stageSince()));
        r.setStatus(s.status().name());
        r.setLostReason(s.lostReason());
        r.setClosedAt(Stamps.toDb(s.closedAt()));
        for (Stage stage : Stage.values()) {
            r.set(STAGE_COLUMNS.get(stage.ordinal()), Stamps.toDb(o.stageDates().at(stage)));
        }
        r.setCreatedAt(Stamps.toDb(o.createdAt()));
        r.setUpdatedAt(Stamps.toDb(o.updatedAt()));
    }

    OpportunityChange toModel(OpportunityChangeRecord r) {
        return new OpportunityChange(r.getOpportunityId(), Stamps.fromDb(r.getChangedAt()), r.getChangedBy(),
                r.getFromStage() == null ? null : Stage.valueOf(r.getFromStage()), Stage.valueOf(r.getToStage()),
                r.getFromAmount(), r.getAmount(), r.getFromClose(), r.getToClose(),
                OpportunityStatus.valueOf(r.getStatus()));
    }

    void fill(OpportunityChangeRecord r, OpportunityChange c, Long importBatchId) {
        r.setOpportunityId(c.opportunityId());
        r.setChangedAt(Stamps.toDb(c.at()));
        r.setChangedBy(emptyToNull(c.by()));
        r.setFromStage(c.fromStage() == null ? null : c.fromStage().name());
        r.setToStage(c.toStage().name());
        r.setFromAmount(c.fromAmount());
        r.setAmount(c.amount());
        r.setFromClose(c.fromClose());
        r.setToClose(c.toClose());
        r.setStatus(c.status().name());
        r.setImportBatchId(importBatchId);
    }
}
