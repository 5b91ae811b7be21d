package org.callsheet.logic.csv;

/** A field named in a problem's arguments; messages show its label in the user's language. */
public record FieldRef(String entityId, String fieldId) {
}
