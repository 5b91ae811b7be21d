package org.callsheet.logic.funnel;

/** Why an opportunity could not be opened or changed; each has a message in the funnel bundle (funnel.problem.NAME). */
public enum OpportunityProblem {
    NO_CUSTOMER,
    NOT_FOUND,
    CLOSED,
    TITLE_REQUIRED,
    NEGATIVE_AMOUNT,
    AMOUNT_TOO_LARGE,
    PROBABILITY_RANGE,
    LOST_REASON_REQUIRED;

    public String key() {
        return "funnel.problem." + name();
    }
}
