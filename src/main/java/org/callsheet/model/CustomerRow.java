package org.callsheet.model;

/**
 * One line of the customer table: the few fields the list shows, cheap to load by the page.
 * {@code rfmSegment} and {@code quadrant} are the names of the stored classification's values
 * (null before the customer was classified or when it has none); {@code churnWarning} its flag.
 */
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
        String tags,
        String rfmSegment,
        String quadrant,
        boolean churnWarning) {

    public CustomerRow(long id, String externalId, String name, CustomerKind kind, String province, String city,
                       String district, String ownerRep, CustomerStatus status, String phone, String tags) {
        this(id, externalId, name, kind, province, city, district, ownerRep, status, phone, tags, null, null, false);
    }
}
