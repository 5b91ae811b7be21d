package org.callsheet.logic.csv.imports;

import java.time.Instant;
import java.util.Optional;
import org.callsheet.logic.csv.IncomingOpportunity;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityTerms;
import org.callsheet.model.Stage;
import org.callsheet.model.StageDates;
import org.callsheet.model.StageState;

/**
 * Applies a row to a stored opportunity under a policy; uid and creation stamp are never taken
 * from a file, and a blank cell never erases a stored value. Text equal but for surrounding spaces
 * counts as the same, so re-importing an export is no change.
 */
final class OpportunityMerger {
    private final FieldPicker pick;
    private final Instant now;

    OpportunityMerger(DuplicatePolicy policy, Instant now) {
        this.pick = new FieldPicker(policy);
        this.now = now;
    }

    /**
     * @param externalId the row's opportunity id, or null when blank or held by another stored opportunity
     * @param probability the row's probability, or the new stage's default when the row leaves it blank
     */
    Optional<Opportunity> apply(Opportunity stored, IncomingOpportunity in, long customerId, String externalId,
                                Integer probability) {
        OpportunityTerms s = stored.terms();
        OpportunityTerms f = in.terms();
        OpportunityTerms terms = new OpportunityTerms(text(s.title(), f.title()), pick.number(s.amount(), f.amount()),
                text(s.owner(), f.owner()), pick.value(s.source(), in.where().source()),
                pick.value(s.expectedClose(), f.expectedClose()), text(s.nextStep(), f.nextStep()),
                text(s.notes(), f.notes()));
        StageDates dates = stored.stageDates();
        for (Stage stage : Stage.values()) {
            dates = dates.with(stage, pick.value(dates.at(stage), in.where().dates().at(stage)));
        }
        StageState was = stored.state();
        Stage stage = pick.value(was.stage(), in.where().stage());
        Instant since = stage == was.stage() ? was.stageSince() : firstNonNull(dates.at(stage), now);
        int chance = stage == was.stage() && in.where().probability() == null ? was.probability()
                : pick.value(was.probability(), probability);
        StageState state = new StageState(stage, chance, since, pick.value(was.status(), in.where().status()),
                pick.text(was.lostReason(), in.where().lostReason()),
                pick.value(was.closedAt(), in.where().closedAt()));
        Opportunity result = new Opportunity(stored.id(), stored.uid(), pick.text(stored.externalId(), externalId),
                pick.updates() ? customerId : stored.customerId(), terms, state, dates, stored.createdAt(),
                stored.updatedAt());
        if (result.equals(stored)) {
            return Optional.empty();
        }
        return Optional.of(new Opportunity(result.id(), result.uid(), result.externalId(), result.customerId(),
                terms, state, dates, stored.createdAt(), now));
    }

    private static Instant firstNonNull(Instant a, Instant b) {
        return a != null ? a : b;
    }

    private String text(String stored, String incoming) {
        if (stored != null && incoming != null && stored.strip().equals(incoming.strip())) {
            return stored;
        }
        String picked = pick.text(stored, incoming);
        return picked == null ? "" : picked;
    }
}
