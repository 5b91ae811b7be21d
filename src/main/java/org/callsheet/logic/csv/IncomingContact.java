package org.callsheet.logic.csv;

import org.callsheet.model.Contact;

/**
 * A contact read from a file, naming its customer by external id (or uid); the contact has no
 * ids yet. {@code uid} is the uid an export wrote (null when blank); {@code decisionMaker} is null
 * when the cell was blank.
 */
public record IncomingContact(long row, String uid, String customerExternalId, Contact contact, Boolean decisionMaker) {
}
