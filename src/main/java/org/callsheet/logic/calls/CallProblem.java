package org.callsheet.logic.calls;

/** A field of a call that failed validation, with the key of its message in the calls bundle. */
public record CallProblem(String field, String messageKey) {
}
