package org.callsheet.logic.customers;

import java.util.List;

/** Thrown when a save is refused; carries every problem so the form can show each beside its field. */
public final class ValidationException extends RuntimeException {
    private final transient List<ValidationProblem> problems;

    public ValidationException(List<ValidationProblem> problems) {
        super("invalid: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ValidationProblem> problems() {
        return problems;
    }
}
