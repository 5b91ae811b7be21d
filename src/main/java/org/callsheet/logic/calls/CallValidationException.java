package org.callsheet.logic.calls;

import java.util.List;

/** Thrown when a call is refused; carries every problem so the form can show each beside its field. */
public final class CallValidationException extends RuntimeException {
    private final transient List<CallProblem> problems;

    public CallValidationException(List<CallProblem> problems) {
        super("invalid call: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<CallProblem> problems() {
        return problems;
    }
}
