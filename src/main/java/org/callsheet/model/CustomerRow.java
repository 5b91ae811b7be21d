package org.callsheet.model;

/** One line of the customer table: the few fields the list shows, cheap to load by the page. */
public record CustomerRow(
        long id,
        String externalId,
        String name,
        CustomerKind kind,
        String province,
        String city,
        String district,
        String ownerRep,
        CustomerStatus status,
        String phone,
        String tags) {
}
