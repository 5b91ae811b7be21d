package org.callsheet.logic.funnel;

/** An opportunity change refused; nothing was written. */
public final class OpportunityException extends RuntimeException {
    private final OpportunityProblem problem;

    public OpportunityException(OpportunityProblem problem) {
        super(problem.name());
        this.problem = problem;
    }

    public OpportunityProblem problem() {
        return problem;
    }
}
