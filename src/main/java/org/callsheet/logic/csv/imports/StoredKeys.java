package org.callsheet.logic.csv.imports;

/**
 * The keys a stored record is found by when an import loads its {@link KeyDirectory}: uid and
 * external id, and for a customer also its name with the normalised mobile and landline of one
 * contact (null where there is none).
 */
public record StoredKeys(long id, String uid, String externalId, String name, String mobile, String landline) {

    public static StoredKeys of(long id, String uid, String externalId) {
        return new StoredKeys(id, uid, externalId, null, null, null);
    }
}
