package org.callsheet.model;

import java.util.Arrays;
import java.util.Optional;

/** A field of a customer whose changes the field history keeps; {@link #key()} is what is stored. */
public enum CustomerField {
    NAME("name"),
    EXTERNAL_ID("external_id"),
    KIND("kind"),
    INDUSTRY("industry"),
    SIZE_CLASS("size_class"),
    STREET("address"),
    PROVINCE("province"),
    CITY("city"),
    DISTRICT("district"),
    LOCATION("location"),
    SOURCE("source"),
    OWNER("owner"),
    TAGS("tags"),
    NOTES("notes"),
    NO_NEED("no_need"),
    STATUS("status");

    private final String key;

    CustomerField(String key) {
        this.key = key;
    }

    /** The stable key stored in the database and written to CSV. */
    public String key() {
        return key;
    }

    public static Optional<CustomerField> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
