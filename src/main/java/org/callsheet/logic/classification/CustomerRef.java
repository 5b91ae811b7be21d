package org.callsheet.logic.classification;

/** A customer on a list, with what the list is about ({@code detail}). */
public record CustomerRef<T>(long customerId, String externalId, String name, T detail) {
}
