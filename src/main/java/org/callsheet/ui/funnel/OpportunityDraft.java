package org.callsheet.ui.funnel;

import org.callsheet.model.OpportunitySource;

/**
 * What a new opportunity starts with when it is opened from somewhere: the customer (null to
 * choose one), where it came from, and a title and next step taken from what the rep noted.
 */
public record OpportunityDraft(Long customerId, OpportunitySource source, String title, String nextStep) {

    public OpportunityDraft {
        source = source == null ? OpportunitySource.MANUAL : source;
        title = title == null ? "" : title.strip();
        nextStep = nextStep == null ? "" : nextStep.strip();
    }

    public static OpportunityDraft manual(Long customerId) {
        return new OpportunityDraft(customerId, OpportunitySource.MANUAL, "", "");
    }
}
