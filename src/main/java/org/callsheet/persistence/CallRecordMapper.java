package org.callsheet.persistence;

import static org.callsheet.persistence.CustomerRecordMapper.emptyToNull;

import org.callsheet.model.Attitude;
import org.callsheet.model.Call;
import org.callsheet.model.CallDirection;
import org.callsheet.model.CallOutcome;
import org.callsheet.persistence.jooq.tables.records.PhoneCallRecord;

/** Call ↔ PHONE_CALL row. The CONNECTED column is derived from the outcome for the last-contact queries. */
final class CallRecordMapper {

    Call toModel(PhoneCallRecord r) {
        return new Call(r.getId(), r.getUid(), r.getExternalId(), r.getCustomerId(), r.getContactId(),
                r.getNumberInput(), r.getNumberDial(), CallDirection.valueOf(r.getDirection()),
                Stamps.fromDb(r.getStartedAt()), r.getDurationSeconds(), CallOutcome.valueOf(r.getOutcome()),
                r.getNeeds(), r.getAttitude() == null ? null : Attitude.valueOf(r.getAttitude()),
                r.getVisitOpportunity(), r.getProposedVisitOn(), r.getInterestLevel(), r.getNotes(),
                r.getNextStep(), r.getCaller(), Stamps.fromDb(r.getCreatedAt()), Stamps.fromDb(r.getUpdatedAt()),
                r.getCustomOutcome());
    }

    void fill(PhoneCallRecord r, Call c) {
        if (c.id() != null) {
            r.setId(c.id());
        }
        r.setUid(c.uid());
        r.setExternalId(emptyToNull(c.externalId()));
        r.setCustomerId(c.customerId());
        r.setContactId(c.contactId());
        r.setNumberInput(emptyToNull(c.numberInput()));
        r.setNumberDial(emptyToNull(c.numberDigits()));
        r.setDirection(c.direction().name());
        r.setStartedAt(Stamps.toDb(c.startedAt()));
        r.setDurationSeconds(c.durationSeconds());
        r.setOutcome(c.outcome().name());
        r.setConnected(c.connected());
        r.setCustomOutcome(c.customOutcome());
        r.setNeeds(emptyToNull(c.needs()));
        r.setAttitude(c.attitude() == null ? null : c.attitude().name());
        r.setVisitOpportunity(c.visitOpportunity());
        r.setProposedVisitOn(c.proposedVisitDate());
        r.setInterestLevel(c.interestLevel());
        r.setNotes(emptyToNull(c.notes()));
        r.setNextStep(emptyToNull(c.nextStep()));
        r.setCaller(emptyToNull(c.caller()));
        r.setCreatedAt(Stamps.toDb(c.createdAt()));
        r.setUpdatedAt(Stamps.toDb(c.updatedAt()));
    }
}
