package org.callsheet.logic.csv.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.callsheet.logic.csv.IncomingOpportunity;
import org.callsheet.logic.funnel.FunnelSettings;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityChange;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.OpportunityTerms;
import org.callsheet.model.Stage;
import org.callsheet.model.StageDates;
import org.callsheet.model.StageState;

/**
 * A new opportunity from a file row, with its history: one entry per stage date in stage order,
 * a move back to its stage (at the latest date) when a later stage has a date, and the closing
 * when it is won or lost. Blanks are filled: the stage's own date by the latest given date (or the
 * creation time, or now); the creation time by the earliest stage date; the probability by the
 * stage's default (100 when won, 0 when lost); the closing time by the latest stage date.
 */
final class ImportedOpportunity {
    private ImportedOpportunity() {
    }

    static int probability(IncomingOpportunity in, FunnelSettings settings) {
        IncomingOpportunity.Where w = in.where();
        if (w.probability() != null) {
            return w.probability();
        }
        return switch (w.status()) {
            case WON -> 100;
            case LOST -> 0;
            case OPEN -> settings.probability(w.stage());
        };
    }

    static Opportunity build(IncomingOpportunity in, String uid, long customerId, FunnelSettings settings,
                             Instant now) {
        IncomingOpportunity.Where w = in.where();
        StageDates dates = w.dates();
        Instant earliest = null;
        Instant latest = null;
        for (Stage s : Stage.values()) {
            Instant at = dates.at(s);
            if (at != null) {
                earliest = earliest == null ? at : earliest;
                latest = at;
            }
        }
        Instant created = w.createdAt() != null ? w.createdAt() : earliest != null ? earliest : now;
        if (dates.at(w.stage()) == null) {
            Instant at = latest == null || created.isAfter(latest) ? created : latest;
            dates = dates.with(w.stage(), at);
            latest = latest == null || at.isAfter(latest) ? at : latest;
        }
        Instant closed = w.status().closed() ? (w.closedAt() != null ? w.closedAt() : latest) : null;
        OpportunityTerms terms = in.terms();
        StageState state = new StageState(w.stage(), probability(in, settings), dates.at(w.stage()), w.status(),
                w.lostReason(), closed);
        return new Opportunity(null, uid, in.externalId(), customerId, terms, state, dates, created, now);
    }

    /** The history of a new opportunity, made from its stage dates and its closing. */
    static List<OpportunityChange> history(Opportunity o, String rep) {
        List<OpportunityChange> history = new ArrayList<>();
        Instant latest = null;
        for (Stage s : Stage.values()) {
            if (o.stageDates().at(s) != null) {
                latest = o.stageDates().at(s);
            }
        }
        Stage previous = null;
        for (Stage s : Stage.values()) {
            Instant at = o.stageDates().at(s);
            if (at != null) {
                history.add(new OpportunityChange(0, at, rep, previous, s, previous == null ? null
                        : o.terms().amount(), o.terms().amount(), null, o.terms().expectedClose(), OpportunityStatus.OPEN));
                previous = s;
            }
        }
        if (previous != o.stage()) {
            history.add(new OpportunityChange(0, latest, rep, previous, o.stage(), o.terms().amount(),
                    o.terms().amount(), o.terms().expectedClose(), o.terms().expectedClose(), OpportunityStatus.OPEN));
        }
        if (o.state().status().closed()) {
            history.add(new OpportunityChange(0, o.state().closedAt(), rep, o.stage(), o.stage(), o.terms().amount(),
                    o.terms().amount(), o.terms().expectedClose(), o.terms().expectedClose(), o.state().status()));
        }
        return history;
    }
}
