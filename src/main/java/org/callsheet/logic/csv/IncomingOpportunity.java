package org.callsheet.logic.csv;

import java.time.Instant;
import org.callsheet.model.OpportunitySource;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.OpportunityTerms;
import org.callsheet.model.Stage;
import org.callsheet.model.StageDates;

/**
 * An opportunity read from a file, naming its customer by external id (or uid). Blank text cells
 * are empty strings and blank dates null, so that an import never erases a stored value with them.
 */
public record IncomingOpportunity(long row, String uid, String externalId, String customerExternalId,
                                  OpportunityTerms terms, Where where) {

    /**
     * Where the opportunity came from (null when blank) and where it stands: stage, probability (null: the stage's default), status, lost
     * reason, when it was created and closed (null when blank), and when each stage was first entered.
     */
    public record Where(OpportunitySource source, Stage stage, Integer probability, OpportunityStatus status, String lostReason,
                        Instant createdAt, Instant closedAt, StageDates dates) {
    }
}
