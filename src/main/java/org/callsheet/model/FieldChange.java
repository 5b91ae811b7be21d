package org.callsheet.model;

import java.util.Objects;

/**
 * One field's change as text: kind, status and the "no need" mark as their codes, tags joined with
 * ", ", a location as "latitude,longitude". An empty value is "".
 */
public record FieldChange(CustomerField field, String oldText, String newText) {
    public FieldChange {
        Objects.requireNonNull(field, "field");
        oldText = oldText == null ? "" : oldText;
        newText = newText == null ? "" : newText;
    }
}
