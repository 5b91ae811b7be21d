package org.callsheet.logic.customers;

/**
 * A field that failed validation: which field (e.g. "name", "contact[0].mobile"), and a message
 * key of the ui bundle explaining why.
 */
public record ValidationProblem(String field, String messageKey) {
}
