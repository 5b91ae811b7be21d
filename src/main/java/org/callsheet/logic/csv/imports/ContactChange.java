package org.callsheet.logic.csv.imports;

import org.callsheet.model.Contact;

/** A stored contact an import changes: its new values, with ids. */
public record ContactChange(Contact contact, ChangeKind kind) {
}
